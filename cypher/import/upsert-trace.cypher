// Batch upsert of trace requests (owned by the requesting agency) and what they resolved, with provenance and conflict handling (docs/import.md, Provenance and conflicts):
// every node and relationship written lists the source ($source: the import run or API call) in `sourceIds`;
// a different value from another agency never overwrites silently: the current value stays unless the
// incoming source is the record's owning agency, and the disagreement is kept as a (:Conflict).
// Returns how many rows were created, updated, unchanged or conflicted. Starts from the trace_id, agency_ori, recovery_id, ffl_license and person_id constraints.
UNWIND $rows AS r
OPTIONAL MATCH (old:Trace {id: r.id})
WITH r, old, {requestedAt: datetime(r.requestedAt), completedAt: CASE WHEN r.completedAt IS NULL THEN null ELSE datetime(r.completedAt) END, outcome: r.outcome, dealerRequestedAt: CASE WHEN r.dealerRequestedAt IS NULL THEN null ELSE datetime(r.dealerRequestedAt) END, dealerRespondedAt: CASE WHEN r.dealerRespondedAt IS NULL THEN null ELSE datetime(r.dealerRespondedAt) END, timeToCrimeDays: r.timeToCrimeDays} AS props
WITH r, old, props, [k IN keys(props) WHERE old IS NOT NULL AND NOT coalesce(old[k] = props[k], old[k] IS NULL AND props[k] IS NULL) | k] AS diff
WITH r, old, props, diff, size(diff) > 0 AND coalesce(old.valueSourceOri, '') <> coalesce($source.agencyOri, '') AS contested,
     old IS NOT NULL AND old.ownerOri IS NOT NULL AND old.ownerOri = $source.agencyOri AS ownerWrites
WITH r, old, props, diff, contested, NOT contested OR ownerWrites AS applies, CASE WHEN old IS NULL THEN {} ELSE properties(old) END AS before,
     CASE WHEN old IS NULL THEN 'created' WHEN size(diff) = 0 THEN 'unchanged' WHEN NOT contested OR ownerWrites THEN 'updated' ELSE 'conflicted' END AS status
MERGE (n:Trace {id: r.id})
ON CREATE SET n.ownerOri = r.agencyOri
SET n.sourceIds = CASE WHEN $source.id IN coalesce(n.sourceIds, []) THEN n.sourceIds ELSE coalesce(n.sourceIds, [])[-49..] + $source.id END
FOREACH (_ IN CASE WHEN applies THEN [1] ELSE [] END | SET n += props, n.valueSourceOri = $source.agencyOri, n.valueSourceId = $source.id)
FOREACH (k IN CASE WHEN contested THEN diff ELSE [] END |
  MERGE (c:Conflict {id: apoc.util.md5(['Trace', r.id, k, coalesce($source.agencyOri, '-'), coalesce(toString(props[k]), 'null')])})
  ON CREATE SET c.recordType = 'trace', c.label = 'Trace', c.key = r.id, c.field = k, c.ownerOri = before.ownerOri,
    c.currentValue = toString(before[k]), c.currentTyped = before[k], c.currentSourceId = before.valueSourceId, c.currentOri = before.valueSourceOri,
    c.incomingValue = toString(props[k]), c.incomingTyped = props[k], c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,
    c.detectedAt = datetime($source.receivedAt),
    c.kept = CASE WHEN applies THEN 'INCOMING' ELSE 'CURRENT' END,
    c.status = CASE WHEN applies THEN 'RESOLVED' ELSE 'OPEN' END,
    c.resolvedBy = CASE WHEN applies THEN 'OWNING_AGENCY' ELSE null END)
WITH n, r, status
MATCH (a:Agency {ori: r.agencyOri})
MATCH (x:Recovery {id: r.recoveryId})
MERGE (a)-[q:REQUESTED]->(n)
SET q.sourceIds = CASE WHEN $source.id IN coalesce(q.sourceIds, []) THEN q.sourceIds ELSE coalesce(q.sourceIds, [])[-49..] + $source.id END
WITH n, r, status, x
MERGE (n)-[y:FOR_RECOVERY]->(x)
SET y.sourceIds = CASE WHEN $source.id IN coalesce(y.sourceIds, []) THEN y.sourceIds ELSE coalesce(y.sourceIds, [])[-49..] + $source.id END
WITH n, r, status
OPTIONAL MATCH (d:Ffl {license: r.resolvedDealerLicense})
FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | MERGE (n)-[x:RESOLVED_DEALER]->(d) SET x.sourceIds = CASE WHEN $source.id IN coalesce(x.sourceIds, []) THEN x.sourceIds ELSE coalesce(x.sourceIds, [])[-49..] + $source.id END)
WITH n, r, status
OPTIONAL MATCH (p:Person {id: r.resolvedPurchaserId})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (n)-[x:RESOLVED_PURCHASER]->(p) SET x.sourceIds = CASE WHEN $source.id IN coalesce(x.sourceIds, []) THEN x.sourceIds ELSE coalesce(x.sourceIds, [])[-49..] + $source.id END)
RETURN status, count(*) AS n
