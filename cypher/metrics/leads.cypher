// Every NIBIN lead with its timestamps and its two casings (agency: the scene's, or for a
// test-fire the recovering agency's; entry instant). Referral is read when the lead cycle records it.
MATCH (l:Lead)
WHERE l.correlatedAt IS NOT NULL
MATCH (l)-[:CORRELATES]->(c:Casing)
OPTIONAL MATCH (c)-[:RECOVERED_AT]->(:Scene)-[:INVESTIGATED_BY]->(a:Agency)
OPTIONAL MATCH (c)-[:TEST_FIRED_FROM]->(:Firearm)<-[:OF_FIREARM]-(:Recovery)-[:BY_AGENCY]->(ta:Agency)
WITH l, c, a, collect(ta.ori) AS testFireOris
WITH l, c, coalesce(a.ori, head(testFireOris)) AS ori
WITH l, collect({id: c.evidenceId, ori: ori, enteredMs: c.submittedToNibinAt.epochMillis}) AS casings
RETURN l.id AS id, l.status AS status, l.correlatedAt.epochMillis AS correlatedMs, l.reviewedAt.epochMillis AS reviewedMs,
       l['referredAt'].epochMillis AS referredMs, casings
