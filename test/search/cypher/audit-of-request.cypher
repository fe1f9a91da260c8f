// Test only: the audit records of one request id with the people each names in both places
// (personIds, and its AuditTouch nodes), oldest part first. Label scan of AuditEvent: small in a test graph.
MATCH (e:AuditEvent)
WHERE e.requestId = $requestId
RETURN e.part AS part, e.outcome AS outcome, e.wrote AS wrote, e.operation AS operation, e.rootFields AS rootFields,
  e.errorCodes AS errorCodes, e.personIds AS personIds,
  [(e)-[:TOUCHED]->(t:AuditTouch) WHERE t.at = e.at | t.personId] AS touched
ORDER BY e.part
