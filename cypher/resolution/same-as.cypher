// The other records of each person's resolved cluster (confirmed SAME_AS links, either direction,
// at most 10 links away, at most 50 records), from the unique Person.id.
UNWIND $keys AS key
MATCH (p:Person {id: key})
RETURN key, COLLECT { MATCH (p)-[:SAME_AS]-{1,10}(q:Person) WHERE q <> p RETURN DISTINCT q ORDER BY q.id LIMIT 50 } AS value
