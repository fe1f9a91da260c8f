// Which of a batch's records are already stored, by whom, and the stored values the chronology rules
// read (docs/import.md, Chronology): a batch record stands in for the stored one only when its
// values will be written (a new record, or one from the record's value source or owning agency:
// the rule of upsert-*.cypher); a correction is checked against the stored records that depend on it.
// Every part starts from a uniqueness constraint (firearm_id, person_id, scene_id, recovery_id,
// casing_evidence_id, sale_id).
CALL () {
  UNWIND $firearms AS k
  MATCH (n:Firearm {id: k})
  RETURN collect({type: 'firearm', key: k, valueSourceOri: n.valueSourceOri, ownerOri: n.ownerOri, kind: n.kind}) AS firearms
}
CALL () {
  UNWIND $persons AS k
  MATCH (n:Person {id: k})
  RETURN collect({type: 'person', key: k, valueSourceOri: n.valueSourceOri, ownerOri: n.ownerOri, dateOfBirth: toString(n.dateOfBirth)}) AS persons
}
CALL () {
  UNWIND $scenes AS k
  MATCH (n:Scene {id: k})
  RETURN collect({type: 'scene', key: k, valueSourceOri: n.valueSourceOri, ownerOri: n.ownerOri, occurredAt: toString(n.occurredAt)}) AS scenes
}
CALL () {
  UNWIND $recoveries AS k
  MATCH (n:Recovery {id: k})
  OPTIONAL MATCH (n)-[:OF_FIREARM]->(f:Firearm)
  RETURN collect({type: 'recovery', key: k, valueSourceOri: n.valueSourceOri, ownerOri: n.ownerOri, recoveredOn: toString(n.recoveredOn), firearmId: f.id}) AS recoveries
}
CALL () {
  UNWIND $casings AS k
  MATCH (n:Casing {evidenceId: k})
  RETURN collect({type: 'casing', key: k, valueSourceOri: n.valueSourceOri, ownerOri: n.ownerOri, recoveredAt: toString(n.recoveredAt), submittedToNibinAt: toString(n.submittedToNibinAt)}) AS casings
}
CALL () {
  UNWIND $sales AS k
  MATCH (n:Sale {id: k})
  OPTIONAL MATCH (n)-[:OF_FIREARM]->(f:Firearm)
  RETURN collect({type: 'sale', key: k, valueSourceOri: n.valueSourceOri, ownerOri: n.ownerOri, soldOn: toString(n.soldOn), firearmId: f.id}) AS sales
}
RETURN firearms + persons + scenes + recoveries + casings + sales AS stored
