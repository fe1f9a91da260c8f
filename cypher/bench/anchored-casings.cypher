// Bench only (bench/import-series-pass.ts): every casing anchored to a gun by a test-fire or an
// asserted FIRED_FROM (not a derived link). Label scan by design: the tool walks every series again.
MATCH (c:Casing)-[a:TEST_FIRED_FROM|FIRED_FROM]->(:Firearm)
WHERE a.derived IS NULL
RETURN DISTINCT c.evidenceId AS id
