// The search statement before the kinds were asked side by side (2026-12-02): six full-text
// indexes one after another in one CALL { ... UNION ALL ... }, with the queries of
// bench/search-previous.ts; kept only for bench/search-profile.bench.ts to compare against.
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
