// What the chronology rules of an import batch depend on, in one lookup: each gun's kind, first
// retail sale and first recovery; dates of birth; scene times; recovery dates; casing dates.
// The sales and recoveries the batch (re)sends ($resentSales, $resentRecoveries) are left out of a
// gun's first sale and first recovery: the batch's own values replace their stored ones.
// The guns of the traced recoveries are looked up too: a trace's time-to-crime runs from its gun's first sale.
// Every part starts from a uniqueness constraint (firearm_id, person_id, scene_id, recovery_id, casing_evidence_id).
CALL () {
  UNWIND $recoveries AS k
  MATCH (x:Recovery {id: k})
  OPTIONAL MATCH (x)-[:OF_FIREARM]->(g:Firearm)
  RETURN collect({key: k, value: toString(x.recoveredOn), firearmId: g.id}) AS recoveries, collect(DISTINCT g.id) AS recoveryGuns
}
CALL (recoveryGuns) {
  UNWIND $firearms + [g IN recoveryGuns WHERE NOT g IN $firearms] AS k
  MATCH (f:Firearm {id: k})
  // The re-sent records are left out in the aggregation, not in the pattern: with the filter in the
  // pattern, imports into an empty graph stalled for minutes on one batch of recoveries (112-132 million
  // page hits; four of five M imports on 2026-12-07, none before the filter was added), while the
  // same statement and parameters PROFILEd beside them took a second. Without it, as before, none did.
  // storedSoldOn / storedRecoveredOn leave nothing out (whether a write holds the gun: gun-links.data.ts);
  // storedLinks is what gun-links.cypher reads again under lock.
  CALL (f) { OPTIONAL MATCH (s:Sale)-[:OF_FIREARM]->(f) RETURN min(CASE WHEN NOT s.id IN $resentSales THEN s.soldOn END) AS firstSoldOn, min(s.soldOn) AS storedSoldOn }
  CALL (f) { OPTIONAL MATCH (x:Recovery)-[:OF_FIREARM]->(f) RETURN min(CASE WHEN NOT x.id IN $resentRecoveries THEN x.recoveredOn END) AS firstRecoveredOn, min(x.recoveredOn) AS storedRecoveredOn }
  RETURN collect({key: k, kind: f.kind, firstSoldOn: toString(firstSoldOn), firstRecoveredOn: toString(firstRecoveredOn), storedSoldOn: toString(storedSoldOn), storedRecoveredOn: toString(storedRecoveredOn), storedLinks: COUNT { (f)<-[:OF_FIREARM]-() }}) AS firearms
}
CALL () {
  UNWIND $persons AS k
  MATCH (p:Person {id: k})
  RETURN collect({key: k, value: toString(p.dateOfBirth)}) AS persons
}
CALL () {
  UNWIND $scenes AS k
  MATCH (s:Scene {id: k})
  RETURN collect({key: k, value: s.occurredAt}) AS scenes
}
CALL () {
  UNWIND $casings AS k
  MATCH (c:Casing {evidenceId: k})
  RETURN collect({key: k, recoveredAt: c.recoveredAt, submittedToNibinAt: c.submittedToNibinAt}) AS casings
}
RETURN firearms, persons, scenes, recoveries, casings
