// Test support: per dealer, resolved traces, completed ones with time-to-crime, short ones (< 1 year),
// unanswered dealer requests (no response 24 h after asking, as of $asOf), multiple sales and
// obliterated serials among its traced guns. Starts from the ffl_license constraint.
UNWIND $licenses AS lic
MATCH (d:Ffl {license: lic})
OPTIONAL MATCH (t:Trace)-[:RESOLVED_DEALER]->(d)
WITH d, collect(t) AS traces
OPTIONAL MATCH (d)-[:SOLD]->(s:Sale)
WITH d, traces, count(s) AS sales, count(CASE WHEN s.multipleSale THEN 1 END) AS multipleSales
RETURN d.license AS license, size(traces) AS traces, sales, multipleSales,
       size([t IN traces WHERE t.timeToCrimeDays IS NOT NULL]) AS withTimeToCrime,
       size([t IN traces WHERE t.timeToCrimeDays < 365]) AS shortTimeToCrime,
       size([t IN traces WHERE t.dealerRespondedAt IS NULL AND t.dealerRequestedAt < datetime($asOf) - duration('PT24H')]) AS unanswered,
       size([t IN traces WHERE EXISTS { (t)-[:FOR_RECOVERY]->(:Recovery)-[:OF_FIREARM]->(:Firearm {serialObliterated: true}) }]) AS obliterated
