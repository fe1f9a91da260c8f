// A keyset page of the stored dealer ranking, highest risk first, with optional filters. Walks
// the dealer_risk_rank range index in rank order from the cursor, so a first page reads only
// the DealerRisk nodes it returns (plus any the filters skip); the period filter asks whether
// the dealer has a trace requested then (EXISTS stops at the first). The node carries its breakdown.
MATCH (r:DealerRisk)
WHERE r.rank > coalesce($afterSort, 0)
  AND ($state IS NULL OR r.state = $state)
  AND ($licenseType IS NULL OR r.licenseType = $licenseType)
  AND (($from IS NULL AND $to IS NULL)
       OR EXISTS { (t:Trace)-[:RESOLVED_DEALER]->(:Ffl)-[:HAS_RISK]->(r)
                   WHERE ($from IS NULL OR t.requestedAt >= datetime($from)) AND ($to IS NULL OR t.requestedAt < datetime($to) + duration('P1D')) })
WITH r ORDER BY r.rank LIMIT toInteger($limit)
RETURN r {.*} AS node,
       r.rank AS sort, r.license AS id
