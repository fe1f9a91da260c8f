// Test only: the audit records of one request id, oldest first. Label scan of AuditEvent: small in a test graph.
MATCH (e:AuditEvent)
WHERE e.requestId = $requestId
RETURN e.outcome AS outcome, e.wrote AS wrote, e.errorCodes AS errorCodes, e.personIds AS personIds, e.recordsAccepted AS recordsAccepted, e.operation AS operation
ORDER BY e.at
