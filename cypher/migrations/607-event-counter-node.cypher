// The outbox counter exists before the first event: two first transactions appending at once
// would otherwise both create it, and one would fail on the unique name.
MERGE (c:EventCounter {name: 'outbox'})
ON CREATE SET c.seq = 0
