// Scenes where each gun was fired: scenes of its FIRED_FROM casings, in time order; at most $max.
UNWIND $keys AS key
MATCH (f:Firearm {id: key})
CALL (f) {
  MATCH (s:Scene)<-[:RECOVERED_AT]-(c:Casing)-[:FIRED_FROM]->(f)
  WITH DISTINCT s ORDER BY s.occurredAt, s.id LIMIT toInteger($max)
  RETURN collect(s) AS value
}
RETURN key, value
