// Under-observed dealers (trace coverage below half) whose observed score is already high, in
// rank order from the cursor, optionally of one state or one ATF field division (the dealer's
// premises). Walks the (underObserved, rank) index.
MATCH (r:DealerRisk)
WHERE r.underObserved = true AND r.rank > coalesce($afterSort, 0)
  AND r.scorePercentile >= $minPercentile
  AND ($state IS NULL OR r.state = $state) AND ($division IS NULL OR r.division = $division)
WITH r ORDER BY r.rank LIMIT toInteger($limit)
RETURN r {.*} AS node, r.rank AS sort, r.license AS id
