// NIBIN leads on each casing, best score first, each with the other casing it correlates;
// $statuses filters (null = all). At most $max per casing.
UNWIND $keys AS key
MATCH (c:Casing {evidenceId: key})
CALL (c) {
  MATCH (c)<-[:CORRELATES]-(l:Lead)-[:CORRELATES]->(o:Casing)
  WHERE o <> c AND ($statuses IS NULL OR l.status IN $statuses)
  WITH l, o ORDER BY l.score DESC, l.id LIMIT toInteger($max)
  RETURN collect(l {.*, otherCasing: o}) AS value
}
RETURN key, value
