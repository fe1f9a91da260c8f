// The scenes of each casing's same-gun set (the casing itself included; the set as in
// linked-casings.cypher: bounded NIBIN lead paths, then casings matched to the same recovered
// gun), in time order, each with its agency and the evidence ids found there; plus the agency
// of the starting casing's own scene (for a test-fire, the agency that recovered the gun), to
// mark scenes in other jurisdictions; and the casing itself, so `casing(evidenceId) {
// linkedScenes }` is one statement. A row for every casing that exists,
// even one with no scene in its set (a test-fire alone): an absent row means no such casing.
UNWIND $keys AS key
MATCH (start:Casing {evidenceId: key})
OPTIONAL MATCH (start)-[:RECOVERED_AT]->(:Scene)-[:INVESTIGATED_BY]->(home:Agency)
CALL (start) {
  // A test-fire has no scene: its agency is the one that recovered the gun (the latest recovery
  // on or before the test-fire), as the daily brief counts a test-fire of a gun it recovered.
  OPTIONAL MATCH (start)-[:TEST_FIRED_FROM]->(:Firearm)<-[:OF_FIREARM]-(r:Recovery)-[:BY_AGENCY]->(ra:Agency)
  WHERE r.recoveredOn <= date(start.recoveredAt)
  WITH ra ORDER BY r.recoveredOn DESC, r.id DESC LIMIT 1
  RETURN ra AS recoveringAgency
}
CALL (start) {
  OPTIONAL MATCH p = ANY SHORTEST (start)((:Casing)<-[:CORRELATES]-(l:Lead WHERE l.status IN $statuses)-[:CORRELATES]->(:Casing)){1,10}(other:Casing)
  WITH other, length(p) / 2 AS hops
  WHERE other IS NULL OR hops <= $maxHops
  WITH collect(DISTINCT other)[..toInteger($max)] AS others
  RETURN [start] + others AS viaLeads
}
CALL (viaLeads) {
  UNWIND viaLeads AS c
  OPTIONAL MATCH (c)-[:FIRED_FROM|TEST_FIRED_FROM]->(:Firearm)<-[:FIRED_FROM|TEST_FIRED_FROM]-(m:Casing)
  RETURN collect(DISTINCT m)[..toInteger($max)] AS viaGun
}
UNWIND viaLeads + viaGun AS c
WITH DISTINCT key, start, home, recoveringAgency, c
OPTIONAL MATCH (c)-[:RECOVERED_AT]->(s:Scene)
OPTIONAL MATCH (s)-[:INVESTIGATED_BY]->(a:Agency)
WITH key, start, home, recoveringAgency, s, a, collect(c.evidenceId) AS evidenceIds
ORDER BY s.occurredAt, s.id
WITH key, start, home, recoveringAgency, collect(CASE WHEN s IS NOT NULL THEN {scene: s, agency: a, evidenceIds: evidenceIds} END) AS scenes
RETURN key, {casing: start, homeOri: coalesce(home.ori, recoveringAgency.ori), scenes: scenes} AS value
