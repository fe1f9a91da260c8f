// Test only: a fixture person the test owns (unique test id), for audit and fail-closed tests.
MERGE (p:Person {id: $id})
ON CREATE SET p.firstName = $firstName, p.lastName = $lastName, p.state = 'NY'
RETURN p.id AS id
