// Batch upsert of NIBIN leads, each CORRELATES two casings, with provenance and conflict handling (docs/import.md, Provenance and conflicts):
// every node and relationship written lists the source ($source: the import run or API call) in `sourceIds`;
// a different value from another agency never overwrites silently: the current value stays unless the
// incoming source is the record's owning agency, and the disagreement is kept as a (:Conflict).
// The links are single-valued fields of the record (a link to a different node is a changed value, conflicted or
// corrected like any other, never a second link beside the first): see docs/import.md, Conflicts on links.
// Returns how many rows were created, updated, unchanged or conflicted. Starts from the lead_id and casing_evidence_id constraints.
UNWIND $rows AS r
OPTIONAL MATCH (old:Lead {id: r.id})
WITH r, old, {correlatedAt: datetime(r.correlatedAt), score: r.score, status: r.status, reviewedAt: CASE WHEN r.reviewedAt IS NULL THEN null ELSE datetime(r.reviewedAt) END} AS props,
     {casings: apoc.coll.sort([r.casingA, r.casingB])} AS links,
     {casings: 'CORRELATES'} AS linkTypes
WITH r, old, props, links, linkTypes, CASE WHEN old IS NULL THEN {} ELSE {casings: apoc.coll.sort([(old)-[:CORRELATES]->(x:Casing) | x.evidenceId])} END AS linked
WITH r, old, props, links, linkTypes, linked,
     [k IN keys(props) WHERE old IS NOT NULL AND NOT coalesce(old[k] = props[k], old[k] IS NULL AND props[k] IS NULL) | k]
     + [k IN keys(links) WHERE old IS NOT NULL AND linked[k] <> links[k] | k] AS diff
WITH r, old, props, links, linkTypes, linked, diff, size(diff) > 0 AND coalesce(old.valueSourceOri, '') <> coalesce($source.agencyOri, '') AS contested,
     old IS NOT NULL AND old.ownerOri IS NOT NULL AND old.ownerOri = $source.agencyOri AS ownerWrites
WITH r, old, props, links, linkTypes, linked, diff, contested, NOT contested OR ownerWrites AS applies, CASE WHEN old IS NULL THEN {} ELSE properties(old) END AS before,
     CASE WHEN old IS NULL THEN 'created' WHEN size(diff) = 0 THEN 'unchanged' WHEN NOT contested OR ownerWrites THEN 'updated' ELSE 'conflicted' END AS status
MERGE (n:Lead {id: r.id})
ON CREATE SET n.ownerOri = null
SET n.sourceIds = CASE WHEN $source.id IN coalesce(n.sourceIds, []) THEN n.sourceIds ELSE coalesce(n.sourceIds, [])[-49..] + $source.id END
FOREACH (_ IN CASE WHEN applies THEN [1] ELSE [] END | SET n += props, n.valueSourceOri = $source.agencyOri, n.valueSourceId = $source.id)
FOREACH (k IN CASE WHEN contested THEN [k IN diff WHERE k IN keys(props)] ELSE [] END |
  MERGE (c:Conflict {id: apoc.util.md5(['Lead', r.id, k, coalesce($source.agencyOri, '-'), coalesce(toString(props[k]), 'null')])})
  ON CREATE SET c.recordType = 'lead', c.label = 'Lead', c.key = r.id, c.field = k, c.ownerOri = before.ownerOri,
    c.currentValue = toString(before[k]), c.currentTyped = before[k], c.currentSourceId = before.valueSourceId, c.currentOri = before.valueSourceOri,
    c.incomingValue = toString(props[k]), c.incomingTyped = props[k], c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,
    c.detectedAt = datetime($source.receivedAt),
    c.kept = CASE WHEN applies THEN 'INCOMING' ELSE 'CURRENT' END,
    c.status = CASE WHEN applies THEN 'RESOLVED' ELSE 'OPEN' END,
    c.resolvedBy = CASE WHEN applies THEN 'OWNING_AGENCY' ELSE null END)
FOREACH (k IN CASE WHEN contested THEN [k IN diff WHERE k IN keys(links)] ELSE [] END |
  MERGE (c:Conflict {id: apoc.util.md5(['Lead', r.id, k, coalesce($source.agencyOri, '-'), apoc.text.join(links[k], ',')])})
  ON CREATE SET c.recordType = 'lead', c.label = 'Lead', c.key = r.id, c.field = k, c.link = linkTypes[k], c.ownerOri = before.ownerOri,
    c.currentValue = CASE WHEN size(linked[k]) = 0 THEN null ELSE apoc.text.join(linked[k], ', ') END,
    c.currentTyped = CASE WHEN size(linked[k]) = 0 THEN null ELSE linked[k] END, c.currentSourceId = before.valueSourceId, c.currentOri = before.valueSourceOri,
    c.incomingValue = apoc.text.join(links[k], ', '),
    c.incomingTyped = links[k], c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,
    c.detectedAt = datetime($source.receivedAt),
    c.kept = CASE WHEN applies THEN 'INCOMING' ELSE 'CURRENT' END,
    c.status = CASE WHEN applies THEN 'RESOLVED' ELSE 'OPEN' END,
    c.resolvedBy = CASE WHEN applies THEN 'OWNING_AGENCY' ELSE null END)
WITH n, r, status, applies, diff
OPTIONAL MATCH (a:Casing {evidenceId: r.casingA})
OPTIONAL MATCH (b:Casing {evidenceId: r.casingB})
FOREACH (o IN CASE WHEN applies THEN [(n)-[e:CORRELATES]->(y) WHERE NOT y IN [a, b] | e] ELSE [] END | DELETE o)
FOREACH (t IN CASE WHEN applies OR NOT 'casings' IN diff THEN [c IN [a, b] WHERE c IS NOT NULL] ELSE [] END |
  MERGE (n)-[x:CORRELATES]->(t) SET x.sourceIds = CASE WHEN $source.id IN coalesce(x.sourceIds, []) THEN x.sourceIds ELSE coalesce(x.sourceIds, [])[-49..] + $source.id END)
RETURN status, count(*) AS n
