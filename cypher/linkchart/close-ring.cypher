// Link charts: the links between the outermost ring's nodes and the rest of the chart (those
// nodes were reached but not expanded). Same link rules and `at` as ring.cypher. $known is a
// map keyed by the chart's element ids (constant-time membership). Starts from the ring by
// element id (NodeByElementIdSeek). Hubs (degree above $maxDegree, e.g. an agency with
// thousands of cases) are skipped: their links to other chart nodes are found from the other,
// smaller end, so only hub-to-hub links of the outermost ring can be missed. Membership is
// tested before anything else (most neighbours of a ring node are not in the chart): no label
// test on the far end (a chart node has a data-model label already), and the type test after
// it (a dynamic type list is checked per relationship; PROFILE: 4.5 times fewer db hits).
// Bounded by $fanout links per node and $rowCap rows. Rows carry keys, not properties (see
// ring.cypher).
UNWIND $frontier AS fid
MATCH (n) WHERE elementId(n) = fid
WITH n WHERE COUNT { (n)--() } <= $maxDegree
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE $known[elementId(m)] IS NOT NULL
  WITH r, m WHERE type(r) IN $types
  WITH r, m, CASE type(r)
      WHEN 'SOLD' THEN endNode(r).soldOn
      WHEN 'TO_PURCHASER' THEN startNode(r).soldOn
      WHEN 'OF_FIREARM' THEN coalesce(startNode(r).soldOn, startNode(r).recoveredOn)
      WHEN 'AT_SCENE' THEN startNode(r).recoveredOn
      WHEN 'FROM_POSSESSOR' THEN startNode(r).recoveredOn
      WHEN 'BY_AGENCY' THEN startNode(r).recoveredOn
      WHEN 'REQUESTED' THEN endNode(r).requestedAt
      WHEN 'FOR_RECOVERY' THEN startNode(r).requestedAt
      WHEN 'RESOLVED_DEALER' THEN startNode(r).requestedAt
      WHEN 'RESOLVED_PURCHASER' THEN startNode(r).requestedAt
      WHEN 'RECOVERED_AT' THEN startNode(r).recoveredAt
      WHEN 'TEST_FIRED_FROM' THEN startNode(r).recoveredAt
      WHEN 'FIRED_FROM' THEN startNode(r).recoveredAt
      WHEN 'CORRELATES' THEN startNode(r).correlatedAt
      WHEN 'INVESTIGATED_BY' THEN startNode(r).occurredAt
      WHEN 'ASSOCIATE_OF' THEN r.since
      ELSE null END AS raw
  WITH r, m, CASE WHEN raw IS :: DATE NOT NULL THEN datetime({date: raw, timezone: 'Z'})
                  WHEN raw IS :: STRING NOT NULL THEN datetime(raw) ELSE raw END AS at
  WHERE ($from IS NULL OR at IS NULL OR at >= datetime($from))
    AND ($to IS NULL OR at IS NULL OR at <= datetime($to))
  RETURN r, m, at
  LIMIT toInteger($fanout)
}
WITH n, r, m, at
LIMIT toInteger($rowCap)
RETURN elementId(n) AS fromEid,
       elementId(r) AS rid, type(r) AS type, properties(r) AS rprops,
       elementId(startNode(r)) AS src, elementId(endNode(r)) AS dst, at.epochMillis AS atMs,
       elementId(m) AS eid, labels(m) AS labels, coalesce(m.evidenceId, m.license, m.ori, m.id, m.name) AS key
