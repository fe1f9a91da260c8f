// A keyset page of the stored dealer ranking, highest risk first, with optional filters. Walks
// the dealer_risk_rank range index in rank order from the cursor, so a first page reads only
// the DealerRisk nodes it returns (plus any the filters skip). The node carries its breakdown;
// traceDates (only for the filter) is left out of the answer.
MATCH (r:DealerRisk)
WHERE r.rank > coalesce($afterSort, 0)
  AND ($state IS NULL OR r.state = $state)
  AND ($licenseType IS NULL OR r.licenseType = $licenseType)
  AND (($from IS NULL AND $to IS NULL)
       OR any(d IN r.traceDates WHERE ($from IS NULL OR d >= date($from)) AND ($to IS NULL OR d <= date($to))))
WITH r ORDER BY r.rank LIMIT toInteger($limit)
RETURN r {.*, traceDates: null} AS node,
       r.rank AS sort, r.license AS id
