// Fast path of the batch upsert for records not in the graph yet (the caller found their keys absent in the
// same transaction, src/import/import.data.ts): nothing to compare, so no conflict can arise; the node and
// its links are CREATEd with the provenance the upsert would write (sourceIds, valueSourceOri/Id, ownerOri).
// A record created meanwhile by another transaction fails the uniqueness constraint instead of doubling
// (the caller retries the batch, which then takes the upsert path). Links whose target is absent are skipped,
// as in the upsert.
// Starts from the trace_id, agency_ori, recovery_id, ffl_license and person_id constraints.
UNWIND $rows AS r
CREATE (n:Trace {id: r.id, requestedAt: datetime(r.requestedAt), completedAt: CASE WHEN r.completedAt IS NULL THEN null ELSE datetime(r.completedAt) END,
  outcome: r.outcome, dealerRequestedAt: CASE WHEN r.dealerRequestedAt IS NULL THEN null ELSE datetime(r.dealerRequestedAt) END,
  dealerRespondedAt: CASE WHEN r.dealerRespondedAt IS NULL THEN null ELSE datetime(r.dealerRespondedAt) END, timeToCrimeDays: r.timeToCrimeDays,
  ownerOri: r.agencyOri, sourceIds: [$source.id], valueSourceOri: $source.agencyOri, valueSourceId: $source.id})
WITH n, r
CALL (n, r) { MATCH (t:Agency {ori: r.agencyOri}) CREATE (t)-[:REQUESTED {sourceIds: [$source.id]}]->(n) }
CALL (n, r) { MATCH (t:Recovery {id: r.recoveryId}) CREATE (n)-[:FOR_RECOVERY {sourceIds: [$source.id]}]->(t) }
CALL (n, r) { MATCH (t:Ffl {license: r.resolvedDealerLicense}) CREATE (n)-[:RESOLVED_DEALER {sourceIds: [$source.id]}]->(t) }
CALL (n, r) { MATCH (t:Person {id: r.resolvedPurchaserId}) CREATE (n)-[:RESOLVED_PURCHASER {sourceIds: [$source.id]}]->(t) }
RETURN 'created' AS status, count(*) AS n
