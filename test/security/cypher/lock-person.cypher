// Test only (deadline test): takes the write lock of one person and keeps it until the test's
// open transaction ends, so a request writing that person waits for as long as the test says.
MATCH (p:Person {id: $id})
SET p.firstName = p.firstName
RETURN p.id AS id
