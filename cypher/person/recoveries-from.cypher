// A keyset page of recoveries where each person was the possessor, newest first, with their total.
UNWIND $keys AS key
MATCH (p:Person {id: key})
CALL (p) {
  MATCH (p)<-[:FROM_POSSESSOR]-(r:Recovery)
  WHERE $afterId IS NULL OR r.recoveredOn < date($afterSort) OR (r.recoveredOn = date($afterSort) AND r.id < $afterId)
  WITH r ORDER BY r.recoveredOn DESC, r.id DESC LIMIT toInteger($limit)
  RETURN collect({node: r, sort: toString(r.recoveredOn), id: r.id}) AS rows
}
RETURN key, {rows: rows, total: COUNT { (p)<-[:FROM_POSSESSOR]-(:Recovery) }} AS value
