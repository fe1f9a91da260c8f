// Test only: nodes and relationships of the graph, leaving out the audit trail (which every
// audited request adds to by design).
CALL () { MATCH (n) WHERE NOT n:AuditEvent AND NOT n:AuditTouch RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() WHERE type(r) <> 'TOUCHED' RETURN count(r) AS relationships }
RETURN nodes, relationships
