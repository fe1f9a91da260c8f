// Test support: the scenes, agencies and NIBIN links of one planted series' casings (starts from the casing_evidence_id constraint).
UNWIND $casingIds AS cid
MATCH (c:Casing {evidenceId: cid})-[:RECOVERED_AT]->(s:Scene)-[:INVESTIGATED_BY]->(a:Agency)
OPTIONAL MATCH (c)-[:FIRED_FROM]->(g:Firearm)
OPTIONAL MATCH (c)<-[:CORRELATES]-(l:Lead {status: 'CONFIRMED'})-[:CORRELATES]->(other:Casing)
WHERE other <> c
RETURN c.evidenceId AS casingId, s.id AS sceneId, s.occurredAt AS occurredAt, a.ori AS agencyOri, g.id AS firedFrom,
       collect(other.evidenceId) AS confirmedWith, c.submittedToNibinAt IS NOT NULL AS submitted
