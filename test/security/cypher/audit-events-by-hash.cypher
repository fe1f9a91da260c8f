// Test only: the audit records of one document (by its SHA-256), e.g. of a refused request
// that no supervisor can list (no agency). Label scan of AuditEvent: small in a test graph.
MATCH (e:AuditEvent)
WHERE e.documentHash = $hash
RETURN e AS event, [(e)-[:TOUCHED]->(t:AuditTouch) | t.personId] AS touched
ORDER BY e.at
