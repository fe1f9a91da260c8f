// Dealer, purchaser and firearm of each sale (sale_id, then one hop each).
UNWIND $keys AS key
MATCH (s:Sale {id: key})
OPTIONAL MATCH (d:Ffl)-[:SOLD]->(s)
OPTIONAL MATCH (s)-[:TO_PURCHASER]->(p:Person)
OPTIONAL MATCH (s)-[:OF_FIREARM]->(f:Firearm)
WITH key, collect(d)[0] AS dealer, collect(p)[0] AS purchaser, collect(f)[0] AS firearm
RETURN key, {dealer: dealer, purchaser: purchaser, firearm: firearm} AS value
