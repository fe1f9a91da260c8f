// Reads sales back in import-record shape; starts from the sale_id constraint.
UNWIND $keys AS k
MATCH (s:Sale {id: k})
OPTIONAL MATCH (d:Ffl)-[:SOLD]->(s)
WITH s, collect(d.license) AS dealers
OPTIONAL MATCH (s)-[:OF_FIREARM]->(f:Firearm)
WITH s, dealers, collect(f.id) AS guns
OPTIONAL MATCH (s)-[:TO_PURCHASER]->(p:Person)
WITH s, dealers, guns, collect(p.id) AS buyers
RETURN 'sale' AS type, s.id AS id, dealers[0] AS fflLicense, guns[0] AS firearmId, buyers[0] AS purchaserId,
       s.soldOn AS soldOn, s.multipleSale AS multipleSale, size(dealers) + size(guns) + size(buyers) AS linkCount
