// Fast path of the batch upsert for records not in the graph yet (the caller found their keys absent in the
// same transaction, src/import/import.data.ts): nothing to compare, so no conflict can arise; the node and
// its links are CREATEd with the provenance the upsert would write (sourceIds, valueSourceOri/Id, ownerOri).
// A record created meanwhile by another transaction fails the uniqueness constraint instead of doubling
// (the caller retries the batch, which then takes the upsert path). Links whose target is absent are skipped,
// as in the upsert.
// Starts from the casing_evidence_id, scene_id and firearm_id constraints.
UNWIND $rows AS r
CREATE (n:Casing {evidenceId: r.evidenceId, caliber: r.caliber, recoveredAt: datetime(r.recoveredAt),
  submittedToNibinAt: CASE WHEN r.submittedToNibinAt IS NULL THEN null ELSE datetime(r.submittedToNibinAt) END, testFire: r.testFireOfFirearmId IS NOT NULL,
  sourceIds: [$source.id], valueSourceOri: $source.agencyOri, valueSourceId: $source.id})
WITH n, r
CALL (n, r) { MATCH (t:Scene {id: r.sceneId}) CREATE (n)-[:RECOVERED_AT {sourceIds: [$source.id]}]->(t) }
CALL (n, r) { MATCH (t:Firearm {id: r.testFireOfFirearmId}) CREATE (n)-[:TEST_FIRED_FROM {sourceIds: [$source.id]}]->(t) }
CALL (n, r) {
  MATCH (t:Firearm {id: r.firedFromFirearmId})
  CREATE (n)-[:FIRED_FROM {confirmedAt: datetime(r.firedFromConfirmedAt), sourceIds: [$source.id]}]->(t)
}
RETURN 'created' AS status, count(*) AS n
