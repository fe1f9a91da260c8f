// The month cells of one scope and key between two months (inclusive), in month order: trends,
// and ranges that are not a stored period (their accumulators are merged; summaries not sent). Starts from the
// (scope, key, period) index. Accumulators the service already holds parsed ($cached: id@computedAt
// in epoch ms) are not sent again.
MATCH (m:MetricCell)
WHERE m.scope = $scope AND m.key = $key AND m.period >= $from AND m.period <= $to AND m.periodKind = 'MONTH'
RETURN m.id AS id, m.scope AS scope, m.key AS key, m.period AS period, m.name AS name, m.state AS state, m.division AS division, m.latitude AS latitude, m.longitude AS longitude,
       CASE WHEN $withAcc THEN null ELSE m.summary END AS summary, CASE WHEN $withAcc AND NOT (m.id + '@' + toString(m.computedAt.epochMillis)) IN $cached THEN m.acc ELSE null END AS acc, m.computedAt AS computedAt, m.computedAt.epochMillis AS computedAtMs, m.peers AS peers
ORDER BY m.period
