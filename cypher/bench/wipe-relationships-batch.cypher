// Bench only (bench/trafficking.eval.ts, bench/import.bench.ts): deletes up to $limit relationships,
// run until none is left before wipe-batch, so that no node with a million relationships (a seed
// run's provenance source) must be detached in one transaction. Label-free scan by design: it
// empties the whole graph.
MATCH ()-[r]->()
WITH r LIMIT toInteger($limit)
DELETE r
RETURN count(*) AS deleted
