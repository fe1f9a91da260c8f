// Under-observed dealers (trace coverage below half) whose observed score is already high, in
// rank order from the cursor. Walks the (underObserved, rank) index.
MATCH (r:DealerRisk)
WHERE r.underObserved = true AND r.rank > coalesce($afterSort, 0)
  AND r.scorePercentile >= $minPercentile
  AND ($state IS NULL OR r.state = $state)
WITH r ORDER BY r.rank LIMIT toInteger($limit)
RETURN r {.*} AS node, r.rank AS sort, r.license AS id
