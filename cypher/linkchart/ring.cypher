// Link charts: one ring of a breadth-first expansion. For each frontier node, its links of the
// allowed types to nodes of the data model's kinds, inside the time window (links with no time,
// such as MADE_BY, always pass). Starts from the frontier by element id (NodeByElementIdSeek:
// the frontier came from unique-key lookups in seed-nodes.cypher or from the previous ring).
// Bounded: at most $fanout links per frontier node (a node with exactly $fanout rows was cut),
// $rowCap rows in all.
// `at` is when the link happened: a sale's date for sale links, the recovery date for recovery
// links, the trace request for trace links, when the casing was recovered for casing links (for
// FIRED_FROM that is when the shot was fired, confirmedAt stays a property), when NIBIN
// correlated for lead links, when the scene occurred for INVESTIGATED_BY, `since` for
// ASSOCIATE_OF. Dates become midnight UTC so dates and date-times compare. `at` leaves as epoch
// milliseconds: a number costs the service far less to decode than a DateTime (CPU profile).
// Rows carry the other end's labels and natural key only (evidenceId, license, ori, id or name,
// whichever its label uses); node-details.cypher reads the properties of the nodes kept.
UNWIND $frontier AS fid
MATCH (n) WHERE elementId(n) = fid
CALL (n) {
  MATCH (n)-[r:$any($types)]-(m)
  WHERE m:Agency|Scene|Casing|Firearm|Manufacturer|Ffl|Person|Sale|Recovery|Trace|Lead
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
