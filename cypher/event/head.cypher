// The last sequence number handed out (0 before the first event).
OPTIONAL MATCH (c:EventCounter {name: 'outbox'})
RETURN coalesce(c.seq, 0) AS seq
