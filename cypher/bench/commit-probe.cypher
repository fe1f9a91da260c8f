// The cheapest write that commits (one property of one probe node set): how much of an audit
// write is the commit itself (transaction log append and its flush to disk). Bench graph only.
MERGE (n:BenchCommitProbe {name: 'probe'})
SET n.at = timestamp()
RETURN 1 AS done
