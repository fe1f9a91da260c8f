// Scene casings matched to each gun by a confirmed hit with its test-fire (FIRED_FROM), in
// the order they were collected; at most $max per gun.
UNWIND $keys AS key
MATCH (f:Firearm {id: key})
CALL (f) {
  MATCH (c:Casing)-[:FIRED_FROM]->(f)
  WITH c ORDER BY c.recoveredAt, c.evidenceId LIMIT toInteger($max)
  RETURN collect(c) AS value
}
RETURN key, value
