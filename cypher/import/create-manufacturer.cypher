// Fast path of the batch upsert for records not in the graph yet (the caller found their keys absent in the
// same transaction, src/import/import.data.ts): nothing to compare, so no conflict can arise; the node is
// CREATEd with the provenance the upsert would write (sourceIds, valueSourceOri/Id, ownerOri). A record
// created meanwhile by another transaction fails the uniqueness constraint instead of doubling (the caller
// retries the batch, which then takes the upsert path).
// Starts from nothing (CREATE only; the manufacturer_name constraint refuses a second node).
UNWIND $rows AS r
CREATE (n:Manufacturer {name: r.name, kind: r.kind, country: r.country,
  sourceIds: [$source.id], valueSourceOri: $source.agencyOri, valueSourceId: $source.id})
RETURN 'created' AS status, count(*) AS n
