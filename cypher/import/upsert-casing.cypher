// Idempotent batch upsert of casings (scene casings and test-fires) with their optional links:
// RECOVERED_AT a scene, TEST_FIRED_FROM a gun, FIRED_FROM a gun (confirmed hit). Starts from the
// casing_evidence_id, scene_id and firearm_id constraints.
UNWIND $rows AS r
MERGE (c:Casing {evidenceId: r.evidenceId})
SET c.caliber = r.caliber, c.recoveredAt = datetime(r.recoveredAt),
    c.submittedToNibinAt = CASE WHEN r.submittedToNibinAt IS NULL THEN null ELSE datetime(r.submittedToNibinAt) END,
    c.testFire = r.testFireOfFirearmId IS NOT NULL
WITH c, r
OPTIONAL MATCH (s:Scene {id: r.sceneId})
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (c)-[:RECOVERED_AT]->(s))
WITH c, r
OPTIONAL MATCH (t:Firearm {id: r.testFireOfFirearmId})
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | MERGE (c)-[:TEST_FIRED_FROM]->(t))
WITH c, r
OPTIONAL MATCH (g:Firearm {id: r.firedFromFirearmId})
FOREACH (_ IN CASE WHEN g IS NULL THEN [] ELSE [1] END |
  MERGE (c)-[x:FIRED_FROM]->(g)
  SET x.confirmedAt = datetime(r.firedFromConfirmedAt))
