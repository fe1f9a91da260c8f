// Bench only (bench/import-series-pass.ts): every CONFIRMED lead with its two casings, starting
// from the lead_status index; the tool forms the NIBIN series from them and walks them again.
MATCH (l:Lead {status: 'CONFIRMED'})-[:CORRELATES]->(a:Casing)
MATCH (l)-[:CORRELATES]->(b:Casing)
WHERE a.evidenceId < b.evidenceId
RETURN l.id AS leadId, a.evidenceId AS a, b.evidenceId AS b
