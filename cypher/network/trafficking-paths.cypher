// Every short time-to-crime purchase→recovery path (sale to recovery within the window, ATF:
// under 3 years suggests trafficking) where the gun was not recovered from its purchaser: the
// same paths the GDS projection links, with what roles, states and dates need. Label scan of
// Recovery (the job reads every recovery once per run).
MATCH (r:Recovery)-[:OF_FIREARM]->(g:Firearm)<-[:OF_FIREARM]-(s:Sale)-[:TO_PURCHASER]->(p:Person)
WHERE s.soldOn <= r.recoveredOn AND duration.inDays(s.soldOn, r.recoveredOn).days <= $shortDays
OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(pos:Person)
WITH r, g, s, p, pos
WHERE pos IS NULL OR pos <> p
MATCH (f:Ffl)-[:SOLD]->(s)
RETURN p.id AS purchaserId, g.id AS firearmId, pos.id AS possessorId, f.license AS dealerLicense,
       f.state AS dealerState, toString(s.soldOn) AS soldOn, toString(r.recoveredOn) AS recoveredOn,
       r.state AS recoveredState, duration.inDays(s.soldOn, r.recoveredOn).days AS timeToCrimeDays
