// How many stored dealer scores match the highRiskDealers filters. Label scan of DealerRisk
// (one per FFL: thousands at scale M), only when totalCount is asked for.
MATCH (r:DealerRisk)
WHERE ($state IS NULL OR r.state = $state)
  AND ($licenseType IS NULL OR r.licenseType = $licenseType)
  AND (($from IS NULL AND $to IS NULL)
       OR any(d IN r.traceDates WHERE ($from IS NULL OR d >= date($from)) AND ($to IS NULL OR d <= date($to))))
RETURN count(r) AS total
