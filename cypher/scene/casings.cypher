// Casings picked up at each scene, by evidence id; at most $max per scene (a bounded list).
UNWIND $keys AS key
MATCH (s:Scene {id: key})
CALL (s) {
  MATCH (c:Casing)-[:RECOVERED_AT]->(s)
  WITH c ORDER BY c.evidenceId LIMIT toInteger($max)
  RETURN collect(c) AS value
}
RETURN key, value
