// How many stored dealer scores match the highRiskDealers filters. Label scan of DealerRisk
// (one per FFL: thousands at scale M), only when totalCount is asked for.
MATCH (r:DealerRisk)
WHERE ($state IS NULL OR r.state = $state)
  AND ($licenseType IS NULL OR r.licenseType = $licenseType)
  AND (($from IS NULL AND $to IS NULL)
       OR EXISTS { (t:Trace)-[:RESOLVED_DEALER]->(:Ffl)-[:HAS_RISK]->(r)
                   WHERE ($from IS NULL OR t.requestedAt >= datetime($from)) AND ($to IS NULL OR t.requestedAt < datetime($to) + duration('P1D')) })
RETURN count(r) AS total
