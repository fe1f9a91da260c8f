// The stored records that depend on the records a batch corrects (docs/import.md, Chronology: no date
// before the record it depends on, checked from the corrected record too): a person's sales, recoveries
// as possessor and associations; a gun's sales; a scene's casings and recoveries; a recovery's traces
// and its gun's test-fires and import-confirmed hits ($recoveries: {id, firearmId, previousFirearmId}, the
// gun the batch names and, for a recovery re-pointed to it, the gun it leaves, with that gun's first other
// recovery); a sale's gun's traces, with the gun's first other sale ($sales: {id, firearmId, previousFirearmId}:
// a trace's time-to-crime counts from the first sale) and, for a sale re-pointed to another gun, the
// recoveries of the gun it leaves with their traces (its first sale moves); a casing's leads. Only
// corrected records, and new sales of guns already recovered (they may become the first sale a stored
// trace's time-to-crime counts from), are passed, so a first import asks nothing here.
// Every part starts from a uniqueness constraint (person_id, firearm_id, scene_id, recovery_id, casing_evidence_id).
CALL () {
  UNWIND $persons AS k
  MATCH (p:Person {id: k})
  CALL (p) {
    MATCH (s:Sale)-[:TO_PURCHASER]->(p)
    OPTIONAL MATCH (s)-[:OF_FIREARM]->(f:Firearm)
    RETURN collect({id: s.id, soldOn: toString(s.soldOn), firearmId: f.id, kind: f.kind}) AS sales
  }
  CALL (p) {
    MATCH (x:Recovery)-[:FROM_POSSESSOR]->(p)
    RETURN collect({id: x.id, recoveredOn: toString(x.recoveredOn)}) AS possessed
  }
  CALL (p) {
    MATCH (p)-[a:ASSOCIATE_OF]-(o:Person)
    RETURN collect({id: o.id, since: toString(a.since)}) AS associations
  }
  RETURN collect({key: k, sales: sales, possessed: possessed, associations: associations}) AS persons
}
CALL () {
  UNWIND $firearms AS k
  MATCH (f:Firearm {id: k})
  MATCH (s:Sale)-[:OF_FIREARM]->(f)
  OPTIONAL MATCH (s)-[:TO_PURCHASER]->(p:Person)
  RETURN collect({key: k, id: s.id, soldOn: toString(s.soldOn), purchaserId: p.id, dateOfBirth: toString(p.dateOfBirth)}) AS firearmSales
}
CALL () {
  UNWIND $scenes AS k
  MATCH (sc:Scene {id: k})
  CALL (sc) {
    MATCH (c:Casing)-[:RECOVERED_AT]->(sc)
    RETURN collect({id: c.evidenceId, recoveredAt: toString(c.recoveredAt)}) AS casings
  }
  CALL (sc) {
    MATCH (x:Recovery)-[:AT_SCENE]->(sc)
    RETURN collect({id: x.id, recoveredOn: toString(x.recoveredOn)}) AS recoveries
  }
  RETURN collect({key: k, casings: casings, recoveries: recoveries}) AS scenes
}
CALL () {
  UNWIND $recoveries AS r
  MATCH (x:Recovery {id: r.id})
  CALL (x) {
    MATCH (t:Trace)-[:FOR_RECOVERY]->(x)
    RETURN collect({id: t.id, requestedAt: toString(t.requestedAt), timeToCrimeDays: t.timeToCrimeDays}) AS traces
  }
  CALL (r) {
    UNWIND [k IN [r.firearmId, r.previousFirearmId] WHERE k IS NOT NULL] AS gunId
    MATCH (g:Firearm {id: gunId})
    MATCH (c:Casing)-[:TEST_FIRED_FROM]->(g)
    RETURN collect({id: c.evidenceId, at: toString(c.recoveredAt), firearmId: gunId}) AS testFires
  }
  CALL (r) {
    UNWIND [k IN [r.firearmId, r.previousFirearmId] WHERE k IS NOT NULL] AS gunId
    MATCH (g:Firearm {id: gunId})
    MATCH (c:Casing)-[h:FIRED_FROM]->(g) WHERE h.derived IS NULL AND h.confirmedAt IS NOT NULL
    RETURN collect({id: c.evidenceId, at: toString(h.confirmedAt), firearmId: gunId}) AS hits
  }
  CALL (r, x) {
    OPTIONAL MATCH (g:Firearm {id: r.previousFirearmId})
    OPTIONAL MATCH (y:Recovery)-[:OF_FIREARM]->(g) WHERE y <> x
    RETURN toString(min(y.recoveredOn)) AS previousFirstRecoveredOn
  }
  RETURN collect({key: r.id, traces: traces, testFires: testFires, hits: hits, previousFirstRecoveredOn: previousFirstRecoveredOn}) AS recoveries
}
CALL () {
  UNWIND $sales AS s
  MATCH (g:Firearm {id: s.firearmId})
  CALL (g, s) {
    OPTIONAL MATCH (o:Sale)-[:OF_FIREARM]->(g) WHERE o.id <> s.id
    RETURN toString(min(o.soldOn)) AS otherFirstSoldOn
  }
  MATCH (x:Recovery)-[:OF_FIREARM]->(g)
  MATCH (t:Trace)-[:FOR_RECOVERY]->(x)
  RETURN collect({key: s.id, id: t.id, otherFirstSoldOn: otherFirstSoldOn, recoveryId: x.id, recoveredOn: toString(x.recoveredOn), timeToCrimeDays: t.timeToCrimeDays}) AS saleTraces
}
CALL () {
  UNWIND $sales AS s
  MATCH (g:Firearm {id: s.previousFirearmId})
  MATCH (x:Recovery)-[:OF_FIREARM]->(g)
  OPTIONAL MATCH (t:Trace)-[:FOR_RECOVERY]->(x)
  RETURN collect({key: s.id, firearmId: g.id, recoveryId: x.id, recoveredOn: toString(x.recoveredOn), id: t.id, timeToCrimeDays: t.timeToCrimeDays}) AS leftTraces
}
CALL () {
  UNWIND $casings AS k
  MATCH (c:Casing {evidenceId: k})
  MATCH (l:Lead)-[:CORRELATES]->(c)
  RETURN collect({key: k, id: l.id, correlatedAt: toString(l.correlatedAt)}) AS casingLeads
}
RETURN persons, firearmSales, scenes, recoveries, saleTraces, leftTraces, casingLeads
