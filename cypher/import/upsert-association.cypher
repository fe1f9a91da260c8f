// Batch upsert of known-associate links, with provenance and conflict handling (docs/import.md): the
// link lists its sources in `sourceIds`; a different `source`/`since` from another agency is kept as a
// (:Conflict), the current value stays (first written). A field a supervisor decided (`decidedFields`,
// cypher/provenance/resolve-conflict.cypher) changes only by another decision: a value the decision overruled
// (`overruled`) counts as unchanged, any other is an OPEN conflict, whichever agency sends it. Returns rows
// created, updated, unchanged or conflicted. Both ends start from the person_id constraint.
UNWIND $rows AS r
MATCH (a:Person {id: r.fromPersonId})
MATCH (b:Person {id: r.toPersonId})
OPTIONAL MATCH (a)-[old:ASSOCIATE_OF]->(b)
WITH r, a, b, old, {source: r.source, since: date(r.since)} AS props
WITH r, a, b, old, props, [k IN keys(props) WHERE old IS NOT NULL AND NOT coalesce(old[k] = props[k], old[k] IS NULL AND props[k] IS NULL) | k] AS diff
WITH r, a, b, old, props, diff, [k IN diff WHERE NOT k IN coalesce(old.decidedFields, [])] AS free,
     [k IN diff WHERE k IN coalesce(old.decidedFields, []) AND NOT k + '=' + coalesce(toString(props[k]), '') IN coalesce(old.overruled, [])] AS held
WITH r, a, b, old, props, free, held, size(free) > 0 AND coalesce(old.valueSourceOri, '') <> coalesce($source.agencyOri, '') AS contested
WITH r, a, b, old, props, free, held, contested, CASE WHEN old IS NULL THEN {} ELSE properties(old) END AS before,
     CASE WHEN old IS NULL THEN 'created' WHEN size(held) > 0 THEN 'conflicted' WHEN size(free) = 0 THEN 'unchanged' WHEN NOT contested THEN 'updated' ELSE 'conflicted' END AS status
MERGE (a)-[n:ASSOCIATE_OF]->(b)
SET n.sourceIds = CASE WHEN $source.id IN coalesce(n.sourceIds, []) THEN n.sourceIds ELSE coalesce(n.sourceIds, [])[-49..] + $source.id END
// Whose value the record holds (valueSourceOri/Id) moves only with a value: an identical re-send by another agency
// is no claim on the record, or its next different value would count as that agency correcting its own.
FOREACH (_ IN CASE WHEN NOT contested AND (old IS NULL OR size(free) > 0) THEN [1] ELSE [] END | SET n += apoc.map.removeKeys(props, coalesce(n.decidedFields, [])), n.valueSourceOri = $source.agencyOri, n.valueSourceId = $source.id)
FOREACH (k IN CASE WHEN contested THEN free ELSE [] END + held |
  MERGE (c:Conflict {id: apoc.util.md5(['ASSOCIATE_OF', r.fromPersonId + '>' + r.toPersonId, k, coalesce($source.agencyOri, '-'), coalesce(toString(props[k]), 'null')])})
  ON CREATE SET c.recordType = 'association', c.label = 'ASSOCIATE_OF', c.key = r.fromPersonId + '>' + r.toPersonId, c.field = k, c.ownerOri = null,
    c.currentValue = toString(before[k]), c.currentTyped = before[k], c.currentSourceId = CASE WHEN k IN held THEN null ELSE before.valueSourceId END, c.currentOri = CASE WHEN k IN held THEN null ELSE before.valueSourceOri END,
    c.incomingValue = toString(props[k]), c.incomingTyped = props[k], c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,
    c.detectedAt = datetime($source.receivedAt), c.kept = 'CURRENT', c.status = 'OPEN', c.resolvedBy = null)
RETURN status, count(*) AS n
