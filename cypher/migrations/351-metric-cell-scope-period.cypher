CREATE RANGE INDEX metric_cell_scope_period IF NOT EXISTS FOR (n:MetricCell) ON (n.scope, n.period)
