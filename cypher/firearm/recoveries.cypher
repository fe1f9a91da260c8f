// Recoveries of each gun, in date order; at most $max per gun.
UNWIND $keys AS key
MATCH (f:Firearm {id: key})
CALL (f) {
  MATCH (r:Recovery)-[:OF_FIREARM]->(f)
  WITH r ORDER BY r.recoveredOn, r.id LIMIT toInteger($max)
  RETURN collect(r) AS value
}
RETURN key, value
