// Straw-purchase indicators of the given people, from their own purchases: guns bought and later
// recovered from someone else within the short time-to-crime window, multiple sales
// (27 CFR 478.126a), purchases spread over several dealers, guns recovered out of the buyer's
// state (NFCTA vol. III: straw purchasing is the most frequent trafficking channel).
// Starts from the unique Person.id; a person's purchases are few.
UNWIND $keys AS key
MATCH (p:Person {id: key})
OPTIONAL MATCH (f:Ffl)-[:SOLD]->(s:Sale)-[:TO_PURCHASER]->(p)
OPTIONAL MATCH (s)-[:OF_FIREARM]->(g:Firearm)
OPTIONAL MATCH (r:Recovery)-[:OF_FIREARM]->(g)
WHERE r.recoveredOn >= s.soldOn
OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(pos:Person)
WITH key, p, s, f, g, r, pos,
     CASE WHEN r IS NULL THEN null ELSE duration.inDays(s.soldOn, r.recoveredOn).days END AS ttc
WITH key,
     count(DISTINCT s) AS purchases,
     count(DISTINCT CASE WHEN s.multipleSale THEN s END) AS multipleSales,
     count(DISTINCT f) AS dealersUsed,
     count(DISTINCT CASE WHEN r IS NOT NULL THEN g END) AS gunsRecovered,
     count(DISTINCT CASE WHEN ttc <= $shortDays AND pos IS NOT NULL AND pos <> p THEN g END) AS recoveredFromOthersShortTtc,
     count(DISTINCT CASE WHEN r.state IS NOT NULL AND p.state IS NOT NULL AND r.state <> p.state THEN g END) AS recoveredOutOfState,
     min(ttc) AS shortestTimeToCrimeDays
RETURN key, {purchases: purchases, multipleSales: multipleSales, dealersUsed: dealersUsed, gunsRecovered: gunsRecovered,
             recoveredFromOthersShortTtc: recoveredFromOthersShortTtc, recoveredOutOfState: recoveredOutOfState,
             shortestTimeToCrimeDays: shortestTimeToCrimeDays} AS value
