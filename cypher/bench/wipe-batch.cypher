// Bench only (bench/trafficking.eval.ts, bench/import.bench.ts): deletes up to $limit nodes with their
// relationships, so that a bench can load seed after seed into one throwaway database. Label-free scan
// by design: it empties the whole graph.
MATCH (n)
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
