// A keyset page of each network's firearms, by id; one row per network with its total. Starts
// from the unique Network.id.
UNWIND $keys AS key
MATCH (x:Network {id: key})
CALL (x) {
  MATCH (x)-[:INVOLVES_FIREARM]->(g:Firearm)
  WHERE g.id > coalesce($afterId, '')
  WITH g ORDER BY g.id LIMIT toInteger($limit)
  RETURN collect({node: g, sort: null, id: g.id}) AS rows
}
RETURN key, {rows: rows, total: COUNT { (x)-[:INVOLVES_FIREARM]->(:Firearm) }} AS value
