// NIBIN: a confirmed hit between a gun's test-fire and any casing of a series ties the gun to
// EVERY casing of that series. For each given casing: its series is the set of casings reachable
// through CONFIRMED leads only (never UNREVIEWED or REJECTED; ANY SHORTEST, bounded at 10 leads
// and $max casings); its guns are those anchored by a member: TEST_FIRED_FROM (the test-fire) or
// an asserted FIRED_FROM (an examiner's report, imported; no `derived` flag). Every scene casing
// of the series then gets a derived FIRED_FROM {derived: true} to each of those guns, and loses
// derived links to guns no longer anchored (a rejected or reopened lead splits the series).
// Asserted links are never touched. Idempotent. Starts from casing_evidence_id.
UNWIND $evidenceIds AS key
MATCH (start:Casing {evidenceId: key})
CALL (start) {
  OPTIONAL MATCH p = ANY SHORTEST (start)((:Casing)<-[:CORRELATES]-(:Lead {status: 'CONFIRMED'})-[:CORRELATES]->(:Casing)){1,10}(other:Casing)
  WITH collect(DISTINCT other)[..toInteger($max)] AS others
  RETURN [start] + others AS members
}
CALL (members) {
  UNWIND members AS m
  OPTIONAL MATCH (m)-[a:TEST_FIRED_FROM|FIRED_FROM]->(g:Firearm)
  WHERE a.derived IS NULL
  RETURN collect(DISTINCT g) AS guns
}
UNWIND members AS m
WITH DISTINCT m, guns
WHERE NOT coalesce(m.testFire, false)
CALL (m, guns) {
  OPTIONAL MATCH (m)-[d:FIRED_FROM {derived: true}]->(g:Firearm)
  WHERE NOT g IN guns
  DELETE d
  RETURN count(d) AS removed
}
CALL (m, guns) {
  UNWIND guns AS g
  WITH g WHERE NOT EXISTS { (m)-[:FIRED_FROM]->(g) }
  CREATE (m)-[x:FIRED_FROM {derived: true, confirmedAt: datetime($at)}]->(g)
  RETURN count(x) AS added
}
RETURN sum(removed) AS removed, sum(added) AS added
