// One page of a league table: the cells of one scope and stored period (optionally one state) in
// the place the analysis job stored for the measure ($rank names the rank_<MEASURE> property),
// optionally one state or one ATF field division, from the cursor. Starts from the (scope, period) index; only the page's summaries are returned.
MATCH (m:MetricCell)
WHERE m.scope = $scope AND m.period = $period AND ($state IS NULL OR m.state = $state) AND ($division IS NULL OR m.division = $division)
  AND m[$rank] > coalesce($afterSort, 0)
WITH m ORDER BY m[$rank] LIMIT toInteger($limit)
RETURN m {.id, .scope, .key, .period, .name, .state, .division, .latitude, .longitude, .summary, .peers, acc: null, computedAt: m.computedAt,
          computedAtMs: m.computedAt.epochMillis} AS node, m[$rank] AS sort, m.key AS id
