// Test only: removes the constraint of create-request-id-constraint.
DROP CONSTRAINT test_audit_request_id_unique IF EXISTS
