// How many cells a league table holds for the same scope, period, state and field division (index on (scope, period)).
MATCH (m:MetricCell)
WHERE m.scope = $scope AND m.period = $period AND ($state IS NULL OR m.state = $state) AND ($division IS NULL OR m.division = $division)
RETURN count(m) AS total
