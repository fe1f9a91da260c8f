// Test only: how many audit records carry one request id. Label scan of AuditEvent: small in a test graph.
MATCH (e:AuditEvent)
WHERE e.requestId = $requestId
RETURN count(e) AS count
