// Open leads (UNREVIEWED or CONFIRMED, not closed) correlated in [$from, $to], newest first, at
// most $maxCandidates (range index lead_correlated_at), each with what triage scores: the scenes of
// the series the lead belongs to or would join (casings reachable from its pair through CONFIRMED
// leads, bounded like Casing.linkedCasings), the recovered guns and the known people of that series.
// $agencyOri: only leads whose series has a scene of that agency (null: all).
MATCH (l:Lead)
WHERE l.correlatedAt >= datetime($from) AND l.correlatedAt <= datetime($to)
  AND l.status IN ['UNREVIEWED', 'CONFIRMED'] AND l.closedAt IS NULL
WITH l ORDER BY l.correlatedAt DESC, l.id LIMIT toInteger($maxCandidates)
CALL (l) {
  MATCH (l)-[:CORRELATES]->(start:Casing)
  OPTIONAL MATCH p = ANY SHORTEST (start)((:Casing)<-[:CORRELATES]-(:Lead {status: 'CONFIRMED'})-[:CORRELATES]->(:Casing)){1,10}(other:Casing)
  WITH collect(DISTINCT start) AS starts, collect(DISTINCT other)[..toInteger($max)] AS others
  UNWIND starts + others AS c
  RETURN collect(DISTINCT c) AS series
}
CALL (series) {
  UNWIND series AS c
  MATCH (c)-[:RECOVERED_AT]->(s:Scene)
  OPTIONAL MATCH (s)-[:INVESTIGATED_BY]->(a:Agency)
  RETURN collect(DISTINCT {id: s.id, kind: s.kind, occurredAt: toString(s.occurredAt), ori: a.ori,
                           latitude: s.location.latitude, longitude: s.location.longitude}) AS scenes
}
WITH l, series, scenes
WHERE $agencyOri IS NULL OR $agencyOri IN [s IN scenes | s.ori]
CALL (series) {
  UNWIND series AS c
  OPTIONAL MATCH (c)-[:FIRED_FROM|TEST_FIRED_FROM]->(g:Firearm)
  OPTIONAL MATCH (r:Recovery)-[:OF_FIREARM]->(g)
  OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(holder:Person)
  RETURN count(DISTINCT r) AS knownGuns, count(DISTINCT holder) AS knownSuspects
}
RETURN l.id AS leadId, toString(l.correlatedAt) AS correlatedAt, scenes, knownGuns, knownSuspects
