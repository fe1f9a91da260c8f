// Full-text search over people, firearms, dealers, agencies, scenes and casings: one Neo4j
// full-text (Lucene) index per kind (cypher/migrations/80x), each asked for at most $cap best
// hits, merged by score (ties by global id) and keyset-paged after ($afterSort, $afterId).
// $firearmQuery and $casingQuery add substring clauses on the serial and the evidence id (the
// only fields typed from the middle); $query (dealers, agencies, scenes) has none. $personQuery
// is null when people are not searched, and an id-only query for roles that may not see
// personal data. Returns the total (capped) and one page of hits with what their
// labels need.
CALL () {
  WITH 1 AS go WHERE 'Person' IN $kinds AND $personQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_person', $personQuery, {limit: $cap}) YIELD node, score
  RETURN 'Person' AS kind, node.id AS key, score, node
  UNION ALL
  WITH 1 AS go WHERE 'Firearm' IN $kinds
  CALL db.index.fulltext.queryNodes('search_firearm', $firearmQuery, {limit: $cap}) YIELD node, score
  RETURN 'Firearm' AS kind, node.id AS key, score, node
  UNION ALL
  WITH 1 AS go WHERE 'Ffl' IN $kinds
  CALL db.index.fulltext.queryNodes('search_ffl', $query, {limit: $cap}) YIELD node, score
  RETURN 'Ffl' AS kind, node.license AS key, score, node
  UNION ALL
  WITH 1 AS go WHERE 'Agency' IN $kinds
  CALL db.index.fulltext.queryNodes('search_agency', $query, {limit: $cap}) YIELD node, score
  RETURN 'Agency' AS kind, node.ori AS key, score, node
  UNION ALL
  WITH 1 AS go WHERE 'Scene' IN $kinds
  CALL db.index.fulltext.queryNodes('search_scene', $query, {limit: $cap}) YIELD node, score
  RETURN 'Scene' AS kind, node.id AS key, score, node
  UNION ALL
  WITH 1 AS go WHERE 'Casing' IN $kinds
  CALL db.index.fulltext.queryNodes('search_casing', $casingQuery, {limit: $cap}) YIELD node, score
  RETURN 'Casing' AS kind, node.evidenceId AS key, score, node
}
WITH kind, key, score, node, kind + ':' + key AS gid
ORDER BY score DESC, gid ASC
WITH collect({kind: kind, key: key, score: score, gid: gid, node: node}) AS hits
WITH size(hits) AS total, [h IN hits WHERE $afterSort IS NULL OR h.score < $afterSort OR (h.score = $afterSort AND h.gid > $afterId)][0..$limit] AS page
RETURN total, [h IN page | {
  kind: h.kind, key: h.key, score: h.score,
  properties: CASE h.kind
    WHEN 'Person' THEN {firstName: h.node.firstName, lastName: h.node.lastName, state: h.node.state}
    WHEN 'Firearm' THEN {serial: h.node.serial, make: h.node.make, model: h.node.model, caliber: h.node.caliber, serialObliterated: h.node.serialObliterated}
    WHEN 'Ffl' THEN {name: h.node.name, city: h.node.city, state: h.node.state}
    WHEN 'Agency' THEN {name: h.node.name, state: h.node.state}
    WHEN 'Scene' THEN {address: h.node.address, city: h.node.city, state: h.node.state, occurredAt: toString(h.node.occurredAt)}
    ELSE {caliber: h.node.caliber, recoveredAt: toString(h.node.recoveredAt), testFire: h.node.testFire}
  END
}] AS hits
