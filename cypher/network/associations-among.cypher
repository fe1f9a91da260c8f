// Known associations between the given people (both ends in the list). Starts from the unique
// Person.id of each listed person.
UNWIND $ids AS id
MATCH (a:Person {id: id})-[:ASSOCIATE_OF]-(b:Person)
WHERE b.id IN $ids AND a.id < b.id
RETURN DISTINCT a.id AS a, b.id AS b
