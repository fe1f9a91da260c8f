// Marks stored metric cells whose content this run computed unchanged as this run's (unique
// MetricCell.id): one property each instead of rewriting their summaries and accumulators.
UNWIND $ids AS id
MATCH (m:MetricCell {id: id})
SET m.computedAt = datetime($computedAt)
