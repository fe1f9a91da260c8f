// Removes cells of earlier runs (a scope, key or period that no longer has data).
MATCH (m:MetricCell)
WHERE m.computedAt < datetime($computedAt)
DETACH DELETE m
