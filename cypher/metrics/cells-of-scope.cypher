// The cells of one scope and period (e.g. every agency for 2025), optionally in one state: the
// league table and the peer comparison. Starts from the (scope, period) index.
MATCH (m:MetricCell)
WHERE m.scope = $scope AND m.period = $period AND ($state IS NULL OR m.state = $state)
RETURN m.id AS id, m.scope AS scope, m.key AS key, m.period AS period, m.name AS name, m.state AS state, m.latitude AS latitude, m.longitude AS longitude,
       m.summary AS summary, null AS acc, m.computedAt AS computedAt
ORDER BY m.key
