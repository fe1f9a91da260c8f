// Fast path of the batch upsert for records not in the graph yet (the caller found their keys absent in the
// same transaction, src/import/import.data.ts): nothing to compare, so no conflict can arise; the node and
// its links are CREATEd with the provenance the upsert would write (sourceIds, valueSourceOri/Id, ownerOri).
// A record created meanwhile by another transaction fails the uniqueness constraint instead of doubling
// (the caller retries the batch, which then takes the upsert path). Links whose target is absent are skipped,
// as in the upsert.
// importedStatus/importedReviewedAt: the review as the import sent it, which a stale re-send is compared with once
// the lead workflow owns the review (cypher/import/upsert-lead.cypher).
// The pair is one link field: each distinct casing of it gets one CORRELATES. Starts from the lead_id and casing_evidence_id constraints.
UNWIND $rows AS r
CREATE (n:Lead {id: r.id, correlatedAt: datetime(r.correlatedAt), score: r.score, status: r.status,
  reviewedAt: CASE WHEN r.reviewedAt IS NULL THEN null ELSE datetime(r.reviewedAt) END,
  importedStatus: r.status, importedReviewedAt: CASE WHEN r.reviewedAt IS NULL THEN null ELSE datetime(r.reviewedAt) END,
  sourceIds: [$source.id], valueSourceOri: $source.agencyOri, valueSourceId: $source.id})
WITH n, r
CALL (n, r) {
  MATCH (t:Casing) WHERE t.evidenceId IN [r.casingA, r.casingB]
  CREATE (n)-[:CORRELATES {sourceIds: [$source.id]}]->(t)
}
RETURN 'created' AS status, count(*) AS n
