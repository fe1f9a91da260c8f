// The month cells of one scope and key between two months (inclusive), in month order: trends,
// and ranges that are not a stored period (their accumulators are merged). Starts from the
// (scope, key, period) index.
MATCH (m:MetricCell)
WHERE m.scope = $scope AND m.key = $key AND m.period >= $from AND m.period <= $to AND m.periodKind = 'MONTH'
RETURN m.id AS id, m.scope AS scope, m.key AS key, m.period AS period, m.name AS name, m.state AS state, m.latitude AS latitude, m.longitude AS longitude,
       m.summary AS summary, CASE WHEN $withAcc THEN m.acc ELSE null END AS acc, m.computedAt AS computedAt
ORDER BY m.period
