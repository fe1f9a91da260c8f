// Retail sales and multiple sales per dealer (multipleSale: two or more handguns to one buyer
// within five business days, ATF form 3310.4), and the sales of guns already reported stolen by
// someone else when the dealer sold them (18 U.S.C. 922(j): selling a stolen firearm; the report,
// a police burglary report or another licensee's loss, was on file before the sale). From the
// sale's gun (one or two theft reports), never from the reports. Label scan of Ffl, then its SOLD relationships.
MATCH (f:Ffl)-[:SOLD]->(s:Sale)
RETURN f.license AS license, count(s) AS sales, count(CASE WHEN s.multipleSale THEN 1 END) AS multipleSales,
       count(CASE WHEN EXISTS {
         MATCH (s)-[:OF_FIREARM]->(:Firearm)<-[:REPORTS_THEFT_OF]-(th:TheftReport)
         WHERE date(th.reportedAt) < s.soldOn AND NOT EXISTS { (th)-[:REPORTED_BY_FFL]->(f) }
       } THEN 1 END) AS stolenBeforeSale
