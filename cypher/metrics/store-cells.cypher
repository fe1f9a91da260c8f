// Stores one batch of metric cells (one per scope, key and period), replacing every property
// of a previous run's cell with the same id.
UNWIND $rows AS row
MERGE (m:MetricCell {id: row.id})
SET m = row
SET m.computedAt = datetime($computedAt)
