// Test only: takes the write lock on one person inside a transaction the test keeps open,
// so that an audit write linking that person must wait (and time out).
MATCH (p:Person {id: $id})
SET p.lockedByTest = true
RETURN p.id AS id
