// Stored metric cells by id (scope:key:period), summary and, for months, the mergeable accumulators.
UNWIND $ids AS id
MATCH (m:MetricCell {id: id})
RETURN m.id AS id, m.scope AS scope, m.key AS key, m.period AS period, m.name AS name, m.state AS state, m.division AS division, m.latitude AS latitude, m.longitude AS longitude,
       m.summary AS summary, CASE WHEN $withAcc THEN m.acc ELSE null END AS acc, m.computedAt AS computedAt, m.computedAt.epochMillis AS computedAtMs, m.peers AS peers
