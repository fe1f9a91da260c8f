// A keyset page of each person's known associates (either direction), by associate id.
UNWIND $keys AS key
MATCH (p:Person {id: key})
CALL (p) {
  MATCH (p)-[a:ASSOCIATE_OF]-(o:Person)
  WHERE o <> p AND ($afterId IS NULL OR o.id > $afterId)
  WITH o, collect(a)[0] AS a ORDER BY o.id LIMIT toInteger($limit)
  RETURN collect({node: {person: o, source: a.source, since: a.since}, sort: null, id: o.id}) AS rows
}
CALL (p) {
  OPTIONAL MATCH (p)-[:ASSOCIATE_OF]-(o:Person) WHERE o <> p
  RETURN count(DISTINCT o) AS total
}
RETURN key, {rows: rows, total: total} AS value
