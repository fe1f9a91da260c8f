// Manufacturer or importer of each firearm.
UNWIND $keys AS key
MATCH (:Firearm {id: key})-[:MADE_BY]->(m:Manufacturer)
WITH key, m ORDER BY m.name
WITH key, collect(m)[0] AS value
RETURN key, value
