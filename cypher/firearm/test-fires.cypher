// Test-fire casings made in the lab from each gun.
UNWIND $keys AS key
MATCH (f:Firearm {id: key})
CALL (f) {
  MATCH (c:Casing)-[:TEST_FIRED_FROM]->(f)
  WITH c ORDER BY c.recoveredAt, c.evidenceId LIMIT toInteger($max)
  RETURN collect(c) AS value
}
RETURN key, value
