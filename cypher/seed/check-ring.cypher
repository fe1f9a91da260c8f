// Test support: what the graph says about one planted ring's guns (starts from the firearm_id constraint).
UNWIND $firearmIds AS fid
MATCH (f:Firearm {id: fid})<-[:OF_FIREARM]-(s:Sale)<-[:SOLD]-(d:Ffl)
MATCH (s)-[:TO_PURCHASER]->(buyer:Person)
MATCH (r:Recovery)-[:OF_FIREARM]->(f)
OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(holder:Person)
OPTIONAL MATCH (t:Trace)-[:FOR_RECOVERY]->(r)
OPTIONAL MATCH (buyer)-[:ASSOCIATE_OF]->(broker:Person {id: $brokerId})
RETURN f.id AS firearmId, d.license AS dealer, d.state AS dealerState, buyer.id AS buyerId, buyer.state AS buyerState,
       broker IS NOT NULL AS buyerKnowsBroker, r.state AS recoveredState, holder.id AS possessorId,
       holder.state AS possessorState, t.outcome AS outcome, t.timeToCrimeDays AS timeToCrimeDays, s.multipleSale AS multipleSale
