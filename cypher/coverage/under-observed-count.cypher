// How many dealers the under-observed list holds for the same filters.
MATCH (r:DealerRisk)
WHERE r.underObserved = true AND r.scorePercentile >= $minPercentile AND ($state IS NULL OR r.state = $state) AND ($division IS NULL OR r.division = $division)
RETURN count(r) AS total
