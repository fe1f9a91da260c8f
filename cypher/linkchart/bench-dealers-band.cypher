// Bench (bench/linkchart.bench.ts): retail dealers (license type index, 01/02) whose sale count
// lies in [$minSales, $maxSales], by license: neighbourhoods of the same size at every scale, so
// a chart's time at scale L compares with scale M like for like (the busiest dealers of a larger
// graph are larger). Bounded by $max; the sale count reads the degree store.
MATCH (f:Ffl) WHERE f.licenseType IN ['01', '02']
WITH f, COUNT { (f)-[:SOLD]->() } AS sales
WHERE sales >= $minSales AND sales <= $maxSales
RETURN f.license AS license, sales
ORDER BY license
LIMIT toInteger($max)
