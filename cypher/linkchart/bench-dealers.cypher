// Bench (bench/linkchart.bench.ts): dealers to chart when no manifest names them: retail dealers
// (license type index, 027) with sales, busiest first so the bench measures real neighbourhoods.
// Bounded by $max; the sale count reads the degree store.
MATCH (f:Ffl) WHERE f.licenseType IN ['01', '02']
WITH f, COUNT { (f)-[:SOLD]->() } AS sales
WHERE sales > 0
RETURN f.license AS license, sales
ORDER BY sales DESC
LIMIT toInteger($max)
