// A keyset page of one agency's scenes (as page-by-agency.cypher: from agency_ori, newest first)
// with, for each scene shown, its casings (by evidence id, at most $maxCasings, as casings.cypher)
// and each casing's same-gun scenes (the walk of casing/linked-scenes.cypher: bounded NIBIN lead
// paths, then casings matched to the same recovered gun; at most $max each), so the page, its
// casings and their linked scenes are one statement. The extra row ($limit = first + 1) only says
// a next page exists: its casings are not walked.
MATCH (:Agency {ori: $agencyOri})<-[:INVESTIGATED_BY]-(s:Scene)
WHERE s.occurredAt >= datetime($from) AND s.occurredAt <= datetime($until)
  AND ($afterId IS NULL OR s.occurredAt < datetime($until) OR s.id < $afterId)
  AND ($kinds IS NULL OR s.kind IN $kinds)
WITH s ORDER BY s.occurredAt DESC, s.id DESC LIMIT toInteger($limit)
WITH collect(s) AS page
UNWIND range(0, size(page) - 1) AS i
WITH page[i] AS s, i < toInteger($first) AS shown
CALL (s, shown) {
  MATCH (start:Casing)-[:RECOVERED_AT]->(s)
  WHERE shown
  WITH start ORDER BY start.evidenceId LIMIT toInteger($maxCasings)
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
  CALL (start, viaLeads, viaGun) {
    UNWIND viaLeads + viaGun AS c
    WITH DISTINCT c
    OPTIONAL MATCH (c)-[:RECOVERED_AT]->(ls:Scene)
    OPTIONAL MATCH (ls)-[:INVESTIGATED_BY]->(a:Agency)
    WITH ls, a, collect(c.evidenceId) AS evidenceIds
    ORDER BY ls.occurredAt, ls.id
    RETURN collect(CASE WHEN ls IS NOT NULL THEN {scene: ls, agency: a, evidenceIds: evidenceIds} END) AS scenes
  }
  WITH start, scenes, [(start)-[:RECOVERED_AT]->(:Scene)-[:INVESTIGATED_BY]->(home:Agency) | home.ori][0] AS homeOri
  RETURN collect({casing: start, homeOri: homeOri, scenes: scenes}) AS casings
}
RETURN s {.*, _agency: [(s)-[:INVESTIGATED_BY]->(a:Agency) | a][0], _casings: CASE WHEN shown THEN casings END} AS node,
  toString(s.occurredAt) AS sort, s.id AS id
