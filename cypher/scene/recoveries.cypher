// Guns recovered at each scene, by date; at most $max per scene.
UNWIND $keys AS key
MATCH (s:Scene {id: key})
CALL (s) {
  MATCH (r:Recovery)-[:AT_SCENE]->(s)
  WITH r ORDER BY r.recoveredOn, r.id LIMIT toInteger($max)
  RETURN collect(r) AS value
}
RETURN key, value
