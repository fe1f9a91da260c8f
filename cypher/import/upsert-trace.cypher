// Batch upsert of trace requests (owned by the requesting agency) and what they resolved, with provenance and conflict handling (docs/import.md, Provenance and conflicts):
// every node and relationship written lists the source ($source: the import run or API call) in `sourceIds`;
// a different value from another agency never overwrites silently: the current value stays unless the
// incoming source is the record's owning agency, and the disagreement is kept as a (:Conflict).
// A field a supervisor decided (`decidedFields`, written by cypher/provenance/resolve-conflict.cypher) changes only by
// another decision, whichever agency sends it, the owner included: a value the decision overruled (`overruled`) counts
// as unchanged, any other value is kept as an OPEN conflict (its current side names no source: a decision set it).
// The links are single-valued fields of the record (a link to a different node is a changed value, conflicted or
// corrected like any other, never a second link beside the first): see docs/import.md, Conflicts on links.
// Returns how many rows were created, updated, unchanged or conflicted. Starts from the trace_id, agency_ori, recovery_id, ffl_license and person_id constraints.
UNWIND $rows AS r
OPTIONAL MATCH (old:Trace {id: r.id})
WITH r, old, {requestedAt: datetime(r.requestedAt), completedAt: CASE WHEN r.completedAt IS NULL THEN null ELSE datetime(r.completedAt) END, outcome: r.outcome, dealerRequestedAt: CASE WHEN r.dealerRequestedAt IS NULL THEN null ELSE datetime(r.dealerRequestedAt) END, dealerRespondedAt: CASE WHEN r.dealerRespondedAt IS NULL THEN null ELSE datetime(r.dealerRespondedAt) END, timeToCrimeDays: r.timeToCrimeDays} AS props,
     {agencyOri: r.agencyOri, recoveryId: r.recoveryId, resolvedDealerLicense: r.resolvedDealerLicense, resolvedPurchaserId: r.resolvedPurchaserId} AS links,
     {agencyOri: 'REQUESTED', recoveryId: 'FOR_RECOVERY', resolvedDealerLicense: 'RESOLVED_DEALER', resolvedPurchaserId: 'RESOLVED_PURCHASER'} AS linkTypes
WITH r, old, props, links, linkTypes, CASE WHEN old IS NULL THEN {} ELSE {agencyOri: [(old)<-[:REQUESTED]-(x:Agency) | x.ori], recoveryId: [(old)-[:FOR_RECOVERY]->(x:Recovery) | x.id], resolvedDealerLicense: [(old)-[:RESOLVED_DEALER]->(x:Ffl) | x.license], resolvedPurchaserId: [(old)-[:RESOLVED_PURCHASER]->(x:Person) | x.id]} END AS linked
WITH r, old, props, links, linkTypes, linked,
     [k IN keys(props) WHERE old IS NOT NULL AND NOT coalesce(old[k] = props[k], old[k] IS NULL AND props[k] IS NULL) | k]
     + [k IN keys(links) WHERE old IS NOT NULL AND linked[k] <> [v IN [links[k]] WHERE v IS NOT NULL] | k] AS diff
WITH r, old, props, links, linkTypes, linked, diff, [k IN diff WHERE NOT k IN coalesce(old.decidedFields, [])] AS free,
     [k IN diff WHERE k IN coalesce(old.decidedFields, []) AND NOT k + '=' + coalesce(toString(props[k]), links[k], '') IN coalesce(old.overruled, [])] AS held
WITH r, old, props, links, linkTypes, linked, diff, free, held, size(free) > 0 AND coalesce(old.valueSourceOri, '') <> coalesce($source.agencyOri, '') AS contested,
     old IS NOT NULL AND old.ownerOri IS NOT NULL AND old.ownerOri = $source.agencyOri AS ownerWrites
WITH r, old, props, links, linkTypes, linked, diff, free, held, contested, NOT contested OR ownerWrites AS applies, CASE WHEN old IS NULL THEN {} ELSE properties(old) END AS before,
     CASE WHEN old IS NULL THEN 'created' WHEN size(held) > 0 THEN 'conflicted' WHEN size(free) = 0 THEN 'unchanged' WHEN NOT contested OR ownerWrites THEN 'updated' ELSE 'conflicted' END AS status
MERGE (n:Trace {id: r.id})
ON CREATE SET n.ownerOri = r.agencyOri
SET n.sourceIds = CASE WHEN $source.id IN coalesce(n.sourceIds, []) THEN n.sourceIds ELSE coalesce(n.sourceIds, [])[-49..] + $source.id END
// Whose value the record holds (valueSourceOri/Id) moves only with a value: an identical re-send by another agency
// is no claim on the record, or its next different value would count as that agency correcting its own.
FOREACH (_ IN CASE WHEN applies AND (old IS NULL OR size(free) > 0) THEN [1] ELSE [] END | SET n += apoc.map.removeKeys(props, coalesce(n.decidedFields, [])), n.valueSourceOri = $source.agencyOri, n.valueSourceId = $source.id)
FOREACH (k IN [k IN CASE WHEN contested THEN free ELSE [] END + held WHERE k IN keys(props)] |
  MERGE (c:Conflict {id: apoc.util.md5(['Trace', r.id, k, coalesce($source.agencyOri, '-'), coalesce(toString(props[k]), 'null')])})
  ON CREATE SET c.recordType = 'trace', c.label = 'Trace', c.key = r.id, c.field = k, c.ownerOri = before.ownerOri,
    c.currentValue = toString(before[k]), c.currentTyped = before[k], c.currentSourceId = CASE WHEN k IN held THEN null ELSE before.valueSourceId END, c.currentOri = CASE WHEN k IN held THEN null ELSE before.valueSourceOri END,
    c.incomingValue = toString(props[k]), c.incomingTyped = props[k], c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,
    c.detectedAt = datetime($source.receivedAt),
    c.kept = CASE WHEN applies AND NOT k IN held THEN 'INCOMING' ELSE 'CURRENT' END,
    c.status = CASE WHEN applies AND NOT k IN held THEN 'RESOLVED' ELSE 'OPEN' END,
    c.resolvedBy = CASE WHEN applies AND NOT k IN held THEN 'OWNING_AGENCY' ELSE null END)
FOREACH (k IN [k IN CASE WHEN contested THEN free ELSE [] END + held WHERE k IN keys(links)] |
  MERGE (c:Conflict {id: apoc.util.md5(['Trace', r.id, k, coalesce($source.agencyOri, '-'), coalesce(links[k], 'null')])})
  ON CREATE SET c.recordType = 'trace', c.label = 'Trace', c.key = r.id, c.field = k, c.link = linkTypes[k], c.ownerOri = before.ownerOri,
    c.currentValue = CASE WHEN size(linked[k]) = 0 THEN null ELSE apoc.text.join(linked[k], ', ') END,
    c.currentTyped = CASE WHEN size(linked[k]) = 0 THEN null ELSE linked[k] END, c.currentSourceId = CASE WHEN k IN held THEN null ELSE before.valueSourceId END, c.currentOri = CASE WHEN k IN held THEN null ELSE before.valueSourceOri END,
    c.incomingValue = links[k],
    c.incomingTyped = CASE WHEN links[k] IS NULL THEN null ELSE [links[k]] END, c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,
    c.detectedAt = datetime($source.receivedAt),
    c.kept = CASE WHEN applies AND NOT k IN held THEN 'INCOMING' ELSE 'CURRENT' END,
    c.status = CASE WHEN applies AND NOT k IN held THEN 'RESOLVED' ELSE 'OPEN' END,
    c.resolvedBy = CASE WHEN applies AND NOT k IN held THEN 'OWNING_AGENCY' ELSE null END)
WITH n, r, status, applies, diff
OPTIONAL MATCH (t:Agency {ori: r.agencyOri})
FOREACH (o IN CASE WHEN applies AND NOT 'agencyOri' IN coalesce(n.decidedFields, []) THEN [(n)<-[e:REQUESTED]-(y) WHERE (t IS NULL OR y <> t) | e] ELSE [] END | DELETE o)
FOREACH (_ IN CASE WHEN t IS NOT NULL AND (applies AND NOT 'agencyOri' IN coalesce(n.decidedFields, []) OR NOT 'agencyOri' IN diff) THEN [1] ELSE [] END |
  MERGE (t)-[x:REQUESTED]->(n) SET x.sourceIds = CASE WHEN $source.id IN coalesce(x.sourceIds, []) THEN x.sourceIds ELSE coalesce(x.sourceIds, [])[-49..] + $source.id END)
WITH n, r, status, applies, diff
OPTIONAL MATCH (t:Recovery {id: r.recoveryId})
FOREACH (o IN CASE WHEN applies AND NOT 'recoveryId' IN coalesce(n.decidedFields, []) THEN [(n)-[e:FOR_RECOVERY]->(y) WHERE (t IS NULL OR y <> t) | e] ELSE [] END | DELETE o)
FOREACH (_ IN CASE WHEN t IS NOT NULL AND (applies AND NOT 'recoveryId' IN coalesce(n.decidedFields, []) OR NOT 'recoveryId' IN diff) THEN [1] ELSE [] END |
  MERGE (n)-[x:FOR_RECOVERY]->(t) SET x.sourceIds = CASE WHEN $source.id IN coalesce(x.sourceIds, []) THEN x.sourceIds ELSE coalesce(x.sourceIds, [])[-49..] + $source.id END)
WITH n, r, status, applies, diff
OPTIONAL MATCH (t:Ffl {license: r.resolvedDealerLicense})
FOREACH (o IN CASE WHEN applies AND NOT 'resolvedDealerLicense' IN coalesce(n.decidedFields, []) THEN [(n)-[e:RESOLVED_DEALER]->(y) WHERE (t IS NULL OR y <> t) | e] ELSE [] END | DELETE o)
FOREACH (_ IN CASE WHEN t IS NOT NULL AND (applies AND NOT 'resolvedDealerLicense' IN coalesce(n.decidedFields, []) OR NOT 'resolvedDealerLicense' IN diff) THEN [1] ELSE [] END |
  MERGE (n)-[x:RESOLVED_DEALER]->(t) SET x.sourceIds = CASE WHEN $source.id IN coalesce(x.sourceIds, []) THEN x.sourceIds ELSE coalesce(x.sourceIds, [])[-49..] + $source.id END)
WITH n, r, status, applies, diff
OPTIONAL MATCH (t:Person {id: r.resolvedPurchaserId})
FOREACH (o IN CASE WHEN applies AND NOT 'resolvedPurchaserId' IN coalesce(n.decidedFields, []) THEN [(n)-[e:RESOLVED_PURCHASER]->(y) WHERE (t IS NULL OR y <> t) | e] ELSE [] END | DELETE o)
FOREACH (_ IN CASE WHEN t IS NOT NULL AND (applies AND NOT 'resolvedPurchaserId' IN coalesce(n.decidedFields, []) OR NOT 'resolvedPurchaserId' IN diff) THEN [1] ELSE [] END |
  MERGE (n)-[x:RESOLVED_PURCHASER]->(t) SET x.sourceIds = CASE WHEN $source.id IN coalesce(x.sourceIds, []) THEN x.sourceIds ELSE coalesce(x.sourceIds, [])[-49..] + $source.id END)
RETURN status, count(*) AS n
