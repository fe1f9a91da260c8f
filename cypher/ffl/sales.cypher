// A keyset page of each dealer's sales, newest first, with the dealer's total; one row per dealer.
UNWIND $keys AS key
MATCH (d:Ffl {license: key})
CALL (d) {
  MATCH (d)-[:SOLD]->(s:Sale)
  WHERE $afterId IS NULL OR s.soldOn < date($afterSort) OR (s.soldOn = date($afterSort) AND s.id < $afterId)
  WITH s ORDER BY s.soldOn DESC, s.id DESC LIMIT toInteger($limit)
  RETURN collect({node: s, sort: toString(s.soldOn), id: s.id}) AS rows
}
RETURN key, {rows: rows, total: COUNT { (d)-[:SOLD]->(:Sale) }} AS value
