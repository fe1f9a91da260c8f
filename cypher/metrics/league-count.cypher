// How many cells a league table holds for the same scope, period and state (index on (scope, period)).
MATCH (m:MetricCell)
WHERE m.scope = $scope AND m.period = $period AND ($state IS NULL OR m.state = $state)
RETURN count(m) AS total
