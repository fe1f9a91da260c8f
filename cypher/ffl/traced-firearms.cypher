// A keyset page of the guns whose ATF traces resolved to each dealer, by firearm id.
UNWIND $keys AS key
MATCH (d:Ffl {license: key})
CALL (d) {
  MATCH (d)<-[:RESOLVED_DEALER]-(:Trace)-[:FOR_RECOVERY]->(:Recovery)-[:OF_FIREARM]->(f:Firearm)
  WITH DISTINCT f WHERE $afterId IS NULL OR f.id > $afterId
  WITH f ORDER BY f.id LIMIT toInteger($limit)
  RETURN collect({node: f, sort: null, id: f.id}) AS rows
}
CALL (d) {
  OPTIONAL MATCH (d)<-[:RESOLVED_DEALER]-(:Trace)-[:FOR_RECOVERY]->(:Recovery)-[:OF_FIREARM]->(f:Firearm)
  RETURN count(DISTINCT f) AS total
}
RETURN key, {rows: rows, total: total} AS value
