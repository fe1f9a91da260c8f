// Idempotent batch upsert of NIBIN leads, each CORRELATES two casings. Starts from the lead_id and
// casing_evidence_id constraints.
UNWIND $rows AS r
MERGE (l:Lead {id: r.id})
SET l.correlatedAt = datetime(r.correlatedAt), l.score = r.score, l.status = r.status,
    l.reviewedAt = CASE WHEN r.reviewedAt IS NULL THEN null ELSE datetime(r.reviewedAt) END
WITH l, r
MATCH (a:Casing {evidenceId: r.casingA})
MATCH (b:Casing {evidenceId: r.casingB})
MERGE (l)-[:CORRELATES]->(a)
MERGE (l)-[:CORRELATES]->(b)
