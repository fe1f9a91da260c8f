// Fast path of the batch upsert for records not in the graph yet (the caller found their keys absent in the
// same transaction, src/import/import.data.ts): nothing to compare, so no conflict can arise; the node and
// its links are CREATEd with the provenance the upsert would write (sourceIds, valueSourceOri/Id, ownerOri).
// A record created meanwhile by another transaction fails the uniqueness constraint instead of doubling
// (the caller retries the batch, which then takes the upsert path). Links whose target is absent are skipped,
// as in the upsert.
// Starts from the sale_id, ffl_license, firearm_id and person_id constraints.
UNWIND $rows AS r
CREATE (n:Sale {id: r.id, soldOn: date(r.soldOn), multipleSale: r.multipleSale,
  sourceIds: [$source.id], valueSourceOri: $source.agencyOri, valueSourceId: $source.id})
WITH n, r
CALL (n, r) { MATCH (t:Ffl {license: r.fflLicense}) CREATE (t)-[:SOLD {sourceIds: [$source.id]}]->(n) }
CALL (n, r) { MATCH (t:Firearm {id: r.firearmId}) CREATE (n)-[:OF_FIREARM {sourceIds: [$source.id]}]->(t) }
CALL (n, r) { MATCH (t:Person {id: r.purchaserId}) CREATE (n)-[:TO_PURCHASER {sourceIds: [$source.id]}]->(t) }
RETURN 'created' AS status, count(*) AS n
