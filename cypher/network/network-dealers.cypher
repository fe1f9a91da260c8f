// A keyset page of each network's dealers (the FFLs that sold its guns), by license; one row per
// network with its total. Starts from the unique Network.id.
UNWIND $keys AS key
MATCH (x:Network {id: key})
CALL (x) {
  MATCH (x)-[r:INVOLVES_DEALER]->(f:Ffl)
  WHERE f.license > coalesce($afterId, '')
  WITH f, r ORDER BY f.license LIMIT toInteger($limit)
  RETURN collect({node: {license: f.license, guns: r.guns}, sort: null, id: f.license}) AS rows
}
RETURN key, {rows: rows, total: COUNT { (x)-[:INVOLVES_DEALER]->(:Ffl) }} AS value
