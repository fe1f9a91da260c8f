// How many dealers the under-observed list holds for the same filters.
MATCH (r:DealerRisk)
WHERE r.underObserved = true AND r.scorePercentile >= $minPercentile AND ($state IS NULL OR r.state = $state)
RETURN count(r) AS total
