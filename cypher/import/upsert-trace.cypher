// Idempotent batch upsert of trace requests and what they resolved (dealer, purchaser: optional).
// Starts from the trace_id, agency_ori, recovery_id, ffl_license and person_id constraints.
UNWIND $rows AS r
MERGE (t:Trace {id: r.id})
SET t.requestedAt = datetime(r.requestedAt),
    t.completedAt = CASE WHEN r.completedAt IS NULL THEN null ELSE datetime(r.completedAt) END,
    t.outcome = r.outcome,
    t.dealerRequestedAt = CASE WHEN r.dealerRequestedAt IS NULL THEN null ELSE datetime(r.dealerRequestedAt) END,
    t.dealerRespondedAt = CASE WHEN r.dealerRespondedAt IS NULL THEN null ELSE datetime(r.dealerRespondedAt) END,
    t.timeToCrimeDays = r.timeToCrimeDays
WITH t, r
MATCH (a:Agency {ori: r.agencyOri})
MATCH (x:Recovery {id: r.recoveryId})
MERGE (a)-[:REQUESTED]->(t)
MERGE (t)-[:FOR_RECOVERY]->(x)
WITH t, r
OPTIONAL MATCH (d:Ffl {license: r.resolvedDealerLicense})
FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | MERGE (t)-[:RESOLVED_DEALER]->(d))
WITH t, r
OPTIONAL MATCH (p:Person {id: r.resolvedPurchaserId})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (t)-[:RESOLVED_PURCHASER]->(p))
