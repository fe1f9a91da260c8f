// Every retail sale whose gun police later recovered: the per-gun evidence of straw purchasing
// (time-to-crime, possessor vs purchaser, states, multiple-sale report, reported theft; both
// residences, for receiving households, and the recovery's address, for guns seized together, held
// in memory only). Label
// scan of Recovery (the analysis job reads every recovery once per run). The gun's theft reports
// come back as dates; which of them account for the gun is src/network/theft-standing.ts's rule.
MATCH (r:Recovery)-[:OF_FIREARM]->(g:Firearm)<-[:OF_FIREARM]-(s:Sale)-[:TO_PURCHASER]->(p:Person)
WHERE s.soldOn <= r.recoveredOn
MATCH (f:Ffl)-[:SOLD]->(s)
OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(pos:Person)
RETURN p.id AS purchaserId, p.state AS purchaserState, g.id AS firearmId, f.license AS dealerLicense, f.state AS dealerState,
       toString(s.soldOn) AS soldOn, coalesce(s.multipleSale, false) AS multipleSale, toString(r.recoveredOn) AS recoveredOn,
       r.state AS recoveredState, r.city AS recoveredCity, pos.id AS possessorId,
       pos.address + ', ' + pos.city + ', ' + pos.state AS possessorResidence, p.address + ', ' + p.city + ', ' + p.state AS purchaserResidence,
       r.address + ', ' + r.city + ', ' + r.state AS recoverySite,
       duration.inDays(s.soldOn, r.recoveredOn).days AS timeToCrimeDays,
       [(th:TheftReport)-[:REPORTS_THEFT_OF]->(g) | {occurredOn: toString(th.occurredOn), reportedOn: toString(date(th.reportedAt))}] AS thefts
