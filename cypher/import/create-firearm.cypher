// Fast path of the batch upsert for records not in the graph yet (the caller found their keys absent in the
// same transaction, src/import/import.data.ts): nothing to compare, so no conflict can arise; the node and
// its links are CREATEd with the provenance the upsert would write (sourceIds, valueSourceOri/Id, ownerOri).
// A record created meanwhile by another transaction fails the uniqueness constraint instead of doubling
// (the caller retries the batch, which then takes the upsert path). Links whose target is absent are skipped,
// as in the upsert.
// Starts from the firearm_id and manufacturer_name constraints.
UNWIND $rows AS r
CREATE (n:Firearm {id: r.id, serial: r.serial, serialObliterated: r.serialObliterated, make: r.make, model: r.model, caliber: r.caliber, kind: r.kind,
  sourceIds: [$source.id], valueSourceOri: $source.agencyOri, valueSourceId: $source.id})
WITH n, r
CALL (n, r) { MATCH (t:Manufacturer {name: r.manufacturer}) CREATE (n)-[:MADE_BY {sourceIds: [$source.id]}]->(t) }
RETURN 'created' AS status, count(*) AS n
