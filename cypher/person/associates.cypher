// A keyset page of each person's known associates (either direction), by associate id. A pair can
// carry two association records, one per direction (the importer merges one relationship per
// direction), each from its own source: both are returned, earliest first, and the associate's
// `source` and `since` are the earliest record's, so no record on file is hidden.
UNWIND $keys AS key
MATCH (p:Person {id: key})
CALL (p) {
  MATCH (p)-[a:ASSOCIATE_OF]-(o:Person)
  WHERE o <> p AND ($afterId IS NULL OR o.id > $afterId)
  WITH o, a ORDER BY o.id, a.since, a.source, startNode(a).id
  WITH o, collect({source: a.source, since: a.since, fromPersonId: startNode(a).id, toPersonId: endNode(a).id}) AS records
  ORDER BY o.id LIMIT toInteger($limit)
  RETURN collect({node: {person: o, source: records[0].source, since: records[0].since, records: records}, sort: null, id: o.id}) AS rows
}
CALL (p) {
  OPTIONAL MATCH (p)-[:ASSOCIATE_OF]-(o:Person) WHERE o <> p
  RETURN count(DISTINCT o) AS total
}
RETURN key, {rows: rows, total: total} AS value
