// Retail sales and multiple sales per dealer (multipleSale: two or more handguns to one buyer
// within five business days, ATF form 3310.4). Label scan of Ffl, then its SOLD relationships.
MATCH (f:Ffl)-[:SOLD]->(s:Sale)
RETURN f.license AS license, count(s) AS sales, count(CASE WHEN s.multipleSale THEN 1 END) AS multipleSales
