// One audit record (CJIS audit: who, what, when, where from, outcome). Append-only: no
// statement in this code base updates or deletes an AuditEvent, an AuditTouch or a TOUCHED link.
// personIds is the record of truth; each person also gets an AuditTouch node of this record
// alone (index audit_touch_person_at), so "who looked at this person" is an index seek, and
// no lock is taken on the Person node: audit writes never wait for, or hold up, a write to
// that person, and survive the person's later deletion. $records (imports only, else null)
// is stored flat: a property cannot hold a map. Starts: CREATE only.
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
  documentId: $documentId,
  personIds: $personIds,
  outcome: $outcome,
  errorCodes: $errorCodes,
  wrote: $wrote,
  requestId: $requestId,
  part: $part,
  recordsRead: $records.read,
  recordsAccepted: $records.accepted,
  recordsRejected: $records.rejected
})
WITH e
CALL (e) {
  UNWIND $personIds AS personId
  CREATE (e)-[:TOUCHED]->(:AuditTouch {personId: personId, at: e.at})
}
RETURN e.id AS id
