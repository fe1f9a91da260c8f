// A keyset page of each person's retail purchases, newest first, with their total.
UNWIND $keys AS key
MATCH (p:Person {id: key})
CALL (p) {
  MATCH (p)<-[:TO_PURCHASER]-(s:Sale)
  WHERE $afterId IS NULL OR s.soldOn < date($afterSort) OR (s.soldOn = date($afterSort) AND s.id < $afterId)
  WITH s ORDER BY s.soldOn DESC, s.id DESC LIMIT toInteger($limit)
  RETURN collect({node: s, sort: toString(s.soldOn), id: s.id}) AS rows
}
RETURN key, {rows: rows, total: COUNT { (p)<-[:TO_PURCHASER]-(:Sale) }} AS value
