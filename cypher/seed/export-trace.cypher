// Reads traces back in import-record shape; starts from the trace_id constraint.
UNWIND $keys AS k
MATCH (t:Trace {id: k})
OPTIONAL MATCH (a:Agency)-[:REQUESTED]->(t)
WITH t, collect(a.ori) AS oris
OPTIONAL MATCH (t)-[:FOR_RECOVERY]->(x:Recovery)
WITH t, oris, collect(x.id) AS recoveries
OPTIONAL MATCH (t)-[:RESOLVED_DEALER]->(d:Ffl)
WITH t, oris, recoveries, collect(d.license) AS dealers
OPTIONAL MATCH (t)-[:RESOLVED_PURCHASER]->(p:Person)
WITH t, oris, recoveries, dealers, collect(p.id) AS buyers
RETURN 'trace' AS type, t.id AS id, oris[0] AS agencyOri, recoveries[0] AS recoveryId, t.requestedAt AS requestedAt,
       t.completedAt AS completedAt, t.outcome AS outcome, t.dealerRequestedAt AS dealerRequestedAt,
       t.dealerRespondedAt AS dealerRespondedAt, t.timeToCrimeDays AS timeToCrimeDays,
       dealers[0] AS resolvedDealerLicense, buyers[0] AS resolvedPurchaserId,
       size(oris) + size(recoveries) + size(dealers) + size(buyers) AS linkCount
