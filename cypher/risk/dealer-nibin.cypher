// Guns each dealer sold that NIBIN later matched (confirmed test-fire hit, FIRED_FROM) to
// casings at shooting scenes, and the median days from the sale to the first shooting.
// Starts from the relationship-type lookup index of FIRED_FROM (confirmed hits only: few).
MATCH (c:Casing)-[:FIRED_FROM]->(g:Firearm)
MATCH (c)-[:RECOVERED_AT]->(sc:Scene)
WHERE sc.kind IN ['HOMICIDE', 'NON_FATAL_SHOOTING', 'SHOTS_FIRED']
WITH g, min(sc.occurredAt) AS firstShot
MATCH (f:Ffl)-[:SOLD]->(s:Sale)-[:OF_FIREARM]->(g)
WHERE s.soldOn <= date(firstShot)
RETURN f.license AS license, count(DISTINCT g) AS linkedGuns,
       percentileDisc(duration.inDays(s.soldOn, date(firstShot)).days, 0.5) AS medianDaysToFirstShooting
