// Every dealer's recorded retail sales by calendar month: the dealer-cluster scan's population at
// risk (src/network/dealer-sales.ts). Label scan of Ffl, then its SOLD relationships.
MATCH (f:Ffl)-[:SOLD]->(s:Sale)
WHERE s.soldOn IS NOT NULL
RETURN f.license AS dealerLicense, substring(toString(s.soldOn), 0, 7) AS month, count(*) AS sales
