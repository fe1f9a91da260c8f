// Reads casings back in import-record shape; starts from the casing_evidence_id constraint.
UNWIND $keys AS k
MATCH (c:Casing {evidenceId: k})
OPTIONAL MATCH (c)-[:RECOVERED_AT]->(s:Scene)
WITH c, collect(s.id) AS scenes
OPTIONAL MATCH (c)-[:TEST_FIRED_FROM]->(t:Firearm)
WITH c, scenes, collect(t.id) AS tests
// Derived links (a confirmed series reaching a test-fire) are recomputed on import, not records.
OPTIONAL MATCH (c)-[x:FIRED_FROM]->(g:Firearm) WHERE x.derived IS NULL
WITH c, scenes, tests, collect(CASE WHEN g IS NULL THEN null ELSE {id: g.id, at: x.confirmedAt} END) AS fired
RETURN 'casing' AS type, c.evidenceId AS evidenceId, c.caliber AS caliber, c.recoveredAt AS recoveredAt,
       c.submittedToNibinAt AS submittedToNibinAt, scenes[0] AS sceneId, tests[0] AS testFireOfFirearmId,
       fired[0].id AS firedFromFirearmId, fired[0].at AS firedFromConfirmedAt, c.testFire AS testFire,
       size(scenes) + size(tests) + size(fired) AS linkCount
