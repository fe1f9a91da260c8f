// Test only: the first name of the given people that exist (what a write did or did not change).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.firstName AS firstName
ORDER BY id
