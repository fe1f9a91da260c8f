// The two casings of each lead, by evidence id.
UNWIND $keys AS key
MATCH (:Lead {id: key})-[:CORRELATES]->(c:Casing)
WITH key, c ORDER BY c.evidenceId
RETURN key, collect(c) AS value
