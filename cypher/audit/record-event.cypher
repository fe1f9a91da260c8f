// One audit record (CJIS audit: who, what, when, where from, outcome). Append-only: no
// statement in this code base updates or deletes an AuditEvent or its TOUCHED links.
// personIds is the record of truth (it survives a person's later deletion); TOUCHED links
// each person still in the graph so "who looked at this person" starts from the unique
// index on Person.id (constraint person_id). Starts: CREATE, then person_id seeks.
CREATE (e:AuditEvent {
  id: $id,
  at: datetime($at),
  subject: $subject,
  agencyOri: $agencyOri,
  roles: $roles,
  sourceAddress: $sourceAddress,
  operation: $operation,
  rootFields: $rootFields,
  documentHash: $documentHash,
  personIds: $personIds,
  outcome: $outcome,
  errorCodes: $errorCodes,
  wrote: $wrote,
  requestId: $requestId
})
WITH e
CALL (e) {
  UNWIND $personIds AS personId
  MATCH (p:Person {id: personId})
  CREATE (e)-[:TOUCHED]->(p)
}
RETURN e.id AS id
