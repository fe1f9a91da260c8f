// Idempotent batch upsert of retail sales: dealer SOLD sale OF_FIREARM gun TO_PURCHASER person.
// Starts from the sale_id, ffl_license, firearm_id and person_id constraints.
UNWIND $rows AS r
MERGE (s:Sale {id: r.id})
SET s.soldOn = date(r.soldOn), s.multipleSale = r.multipleSale
WITH s, r
MATCH (d:Ffl {license: r.fflLicense})
MATCH (f:Firearm {id: r.firearmId})
MATCH (p:Person {id: r.purchaserId})
MERGE (d)-[:SOLD]->(s)
MERGE (s)-[:OF_FIREARM]->(f)
MERGE (s)-[:TO_PURCHASER]->(p)
