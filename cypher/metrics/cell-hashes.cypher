// The content hash of every stored metric cell (label scan: the analysis job compares all of them
// once per run and rewrites only the cells whose content changed).
MATCH (m:MetricCell)
RETURN m.id AS id, m.contentHash AS hash
