// Fast path of the batch upsert for records not in the graph yet (the caller found their keys absent in the
// same transaction, src/import/import.data.ts): nothing to compare, so no conflict can arise; the node and
// its links are CREATEd with the provenance the upsert would write (sourceIds, valueSourceOri/Id, ownerOri).
// A record created meanwhile by another transaction fails the uniqueness constraint instead of doubling
// (the caller retries the batch, which then takes the upsert path). Links whose target is absent are skipped,
// as in the upsert.
// Starts from the person_id constraint.
UNWIND $rows AS r
CREATE (n:Person {id: r.id, firstName: r.firstName, lastName: r.lastName, dateOfBirth: date(r.dateOfBirth), address: r.address, city: r.city, state: r.state,
  sourceIds: [$source.id], valueSourceOri: $source.agencyOri, valueSourceId: $source.id})
RETURN 'created' AS status, count(*) AS n
