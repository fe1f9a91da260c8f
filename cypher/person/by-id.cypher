// People by id (unique constraint person_id).
UNWIND $keys AS key
MATCH (p:Person {id: key})
RETURN key, p AS value
