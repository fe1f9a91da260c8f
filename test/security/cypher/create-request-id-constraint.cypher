// Test only (fail-closed test): a uniqueness rule the audit trail does not have, so that a
// second after-answer record (part 0) with the same request id is refused by Neo4j itself.
// Dropped right after.
CREATE CONSTRAINT test_audit_request_id_unique IF NOT EXISTS FOR (e:AuditEvent) REQUIRE (e.requestId, e.part) IS UNIQUE
