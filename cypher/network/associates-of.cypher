// Known associates of the given people (anyone at the other end, so that a broker who bought
// nothing is found). Starts from the unique Person.id.
UNWIND $ids AS id
MATCH (a:Person {id: id})-[:ASSOCIATE_OF]-(b:Person)
RETURN DISTINCT a.id AS a, b.id AS b
