// Link charts: the shortest time-ordered paths between two chart nodes: each link happened at or
// after the link before it (how a gun moved: sale, then recovery, then trace). Links with no
// time (MADE_BY) do not break the order. The order predicate sits inside the parenthesized
// path pattern, so the shortest paths are chosen among the ordered ones, not filtered after.
// Starts from both ends by element id (NodeByElementIdSeek; the ends came from unique-key
// lookups). Bounded: at most 8 links ($maxHops filters below that) and $limit paths.
// `at` of each link: see ring.cypher.
// Never through a lead an examiner REJECTED (NIBIN: a rejected correlation says the two casings
// were not fired from one gun, so it connects nothing); such a lead can still be an end.
MATCH (a) WHERE elementId(a) = $a
MATCH (b) WHERE elementId(b) = $b
MATCH p = ALL SHORTEST ((a) (()-[r:$any($types)]-(x WHERE (x:Agency|Scene|Casing|Firearm|Manufacturer|Ffl|Person|Sale|Recovery|Trace|Lead) AND (x = b OR NOT (x:Lead AND x.status = 'REJECTED')))){1,8} (b)
  WHERE all(ts IN [[t IN [rel IN r | [raw IN [CASE type(rel)
      WHEN 'SOLD' THEN endNode(rel).soldOn
      WHEN 'TO_PURCHASER' THEN startNode(rel).soldOn
      WHEN 'OF_FIREARM' THEN coalesce(startNode(rel).soldOn, startNode(rel).recoveredOn)
      WHEN 'AT_SCENE' THEN startNode(rel).recoveredOn
      WHEN 'FROM_POSSESSOR' THEN startNode(rel).recoveredOn
      WHEN 'BY_AGENCY' THEN startNode(rel).recoveredOn
      WHEN 'REQUESTED' THEN endNode(rel).requestedAt
      WHEN 'FOR_RECOVERY' THEN startNode(rel).requestedAt
      WHEN 'RESOLVED_DEALER' THEN startNode(rel).requestedAt
      WHEN 'RESOLVED_PURCHASER' THEN startNode(rel).requestedAt
      WHEN 'RECOVERED_AT' THEN startNode(rel).recoveredAt
      WHEN 'TEST_FIRED_FROM' THEN startNode(rel).recoveredAt
      WHEN 'FIRED_FROM' THEN startNode(rel).recoveredAt
      WHEN 'CORRELATES' THEN startNode(rel).correlatedAt
      WHEN 'INVESTIGATED_BY' THEN startNode(rel).occurredAt
      WHEN 'ASSOCIATE_OF' THEN rel.since
      ELSE null END] | CASE WHEN raw IS :: DATE NOT NULL THEN datetime({date: raw, timezone: 'Z'}) WHEN raw IS :: STRING NOT NULL THEN datetime(raw) ELSE raw END][0]] WHERE t IS NOT NULL]]
            WHERE all(i IN range(0, size(ts) - 2) WHERE ts[i] <= ts[i + 1])))
WHERE length(p) <= $maxHops
WITH p LIMIT toInteger($limit)
RETURN [n IN nodes(p) | {eid: elementId(n), labels: labels(n), props: properties(n)}] AS nodes,
       [rel IN relationships(p) | {rid: elementId(rel), type: type(rel), rprops: properties(rel),
          src: elementId(startNode(rel)), dst: elementId(endNode(rel)),
          at: [raw IN [CASE type(rel)
      WHEN 'SOLD' THEN endNode(rel).soldOn
      WHEN 'TO_PURCHASER' THEN startNode(rel).soldOn
      WHEN 'OF_FIREARM' THEN coalesce(startNode(rel).soldOn, startNode(rel).recoveredOn)
      WHEN 'AT_SCENE' THEN startNode(rel).recoveredOn
      WHEN 'FROM_POSSESSOR' THEN startNode(rel).recoveredOn
      WHEN 'BY_AGENCY' THEN startNode(rel).recoveredOn
      WHEN 'REQUESTED' THEN endNode(rel).requestedAt
      WHEN 'FOR_RECOVERY' THEN startNode(rel).requestedAt
      WHEN 'RESOLVED_DEALER' THEN startNode(rel).requestedAt
      WHEN 'RESOLVED_PURCHASER' THEN startNode(rel).requestedAt
      WHEN 'RECOVERED_AT' THEN startNode(rel).recoveredAt
      WHEN 'TEST_FIRED_FROM' THEN startNode(rel).recoveredAt
      WHEN 'FIRED_FROM' THEN startNode(rel).recoveredAt
      WHEN 'CORRELATES' THEN startNode(rel).correlatedAt
      WHEN 'INVESTIGATED_BY' THEN startNode(rel).occurredAt
      WHEN 'ASSOCIATE_OF' THEN rel.since
      ELSE null END] | CASE WHEN raw IS :: DATE NOT NULL THEN datetime({date: raw, timezone: 'Z'}) WHEN raw IS :: STRING NOT NULL THEN datetime(raw) ELSE raw END][0]}] AS links
