// The scene each casing was picked up at (none for test-fires).
UNWIND $keys AS key
MATCH (:Casing {evidenceId: key})-[:RECOVERED_AT]->(s:Scene)
WITH key, s ORDER BY s.id
WITH key, collect(s)[0] AS value
RETURN key, value
