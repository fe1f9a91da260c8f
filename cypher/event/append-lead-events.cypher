// The outbox: appends one Event per lead change, in the SAME transaction as the change, numbered
// from the one EventCounter node. The counter is incremented in place (`SET seq = seq + n`), which
// takes its write lock before reading it (Neo4j's documented lost-update-free increment; reading
// the value first and writing it back lets two transactions take the same numbers). The lock is
// held until commit: sequence order is commit order, and a poller reading "seq > last seen" from
// the event_seq index never skips an event that commits later with a lower number.
// Each event carries its scope, computed now (after the change and its series links): the
// series (casings reachable through CONFIRMED leads from the pair, bounded like the read side),
// the agencies of its scenes, its guns, their dealers and the people tied to those guns.
MERGE (counter:EventCounter {name: 'outbox'})
ON CREATE SET counter.seq = 0
SET counter.seq = counter.seq + size($events)
WITH counter.seq - size($events) AS base
WITH base
UNWIND range(0, size($events) - 1) AS i
WITH base, i, $events[i] AS ev
MATCH (l:Lead {id: ev.leadId})
CALL (l) {
  MATCH (l)-[:CORRELATES]->(c:Casing)
  OPTIONAL MATCH (c)-[:RECOVERED_AT]->(:Scene)-[:INVESTIGATED_BY]->(a:Agency)
  RETURN collect(DISTINCT c) AS pair, collect(DISTINCT a.ori) AS leadAgencyOris
}
CALL (pair) {
  UNWIND pair AS start
  OPTIONAL MATCH p = ANY SHORTEST (start)((:Casing)<-[:CORRELATES]-(:Lead {status: 'CONFIRMED'})-[:CORRELATES]->(:Casing)){1,10}(other:Casing)
  WITH pair, collect(DISTINCT other)[..toInteger($max)] AS others
  WITH [c IN pair + others WHERE c IS NOT NULL] AS all
  UNWIND all AS c
  RETURN collect(DISTINCT c) AS series
}
CALL (series) {
  UNWIND series AS c
  OPTIONAL MATCH (c)-[:RECOVERED_AT]->(:Scene)-[:INVESTIGATED_BY]->(a:Agency)
  OPTIONAL MATCH (c)-[:FIRED_FROM|TEST_FIRED_FROM]->(g:Firearm)
  RETURN collect(DISTINCT a.ori) AS agencyOris, collect(DISTINCT g) AS guns
}
CALL (guns) {
  UNWIND guns AS g
  OPTIONAL MATCH (d:Ffl)-[:SOLD]->(s:Sale)-[:OF_FIREARM]->(g)
  OPTIONAL MATCH (s)-[:TO_PURCHASER]->(buyer:Person)
  OPTIONAL MATCH (r:Recovery)-[:OF_FIREARM]->(g)
  OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(holder:Person)
  RETURN collect(DISTINCT d.license) AS dealerLicenses, collect(DISTINCT buyer.id) + collect(DISTINCT holder.id) AS people
}
CREATE (e:Event {
  seq: base + i + 1, at: datetime($at), kind: ev.kind, leadId: l.id, status: l.status,
  actor: ev.actor, actorAgencyOri: ev.actorAgencyOri, assignee: ev.assignee,
  evidenceIds: [c IN series | c.evidenceId][..toInteger($max)],
  leadAgencyOris: leadAgencyOris, agencyOris: agencyOris, firearmIds: [g IN guns | g.id],
  dealerLicenses: dealerLicenses, personIds: people
})
RETURN e.seq AS seq
