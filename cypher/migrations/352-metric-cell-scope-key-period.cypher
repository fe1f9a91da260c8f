CREATE RANGE INDEX metric_cell_scope_key_period IF NOT EXISTS FOR (n:MetricCell) ON (n.scope, n.key, n.period)
