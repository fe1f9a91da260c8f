// Test support: a test-fire casing, its gun and the casings its confirmed leads match (starts from the casing_evidence_id constraint).
MATCH (t:Casing {evidenceId: $evidenceId})-[:TEST_FIRED_FROM]->(g:Firearm)
OPTIONAL MATCH (t)<-[:CORRELATES]-(l:Lead {status: 'CONFIRMED'})-[:CORRELATES]->(c:Casing)
WHERE c <> t
RETURN t.testFire AS testFire, g.id AS firearmId, collect(c.evidenceId) AS confirmedWith
