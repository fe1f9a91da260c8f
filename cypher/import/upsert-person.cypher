// Batch upsert of people, with provenance and conflict handling (docs/import.md, Provenance and conflicts):
// every node and relationship written lists the source ($source: the import run or API call) in `sourceIds`;
// a different value from another agency never overwrites silently: the current value stays unless the
// incoming source is the record's owning agency, and the disagreement is kept as a (:Conflict).
// A field a supervisor decided (`decidedFields`, written by cypher/provenance/resolve-conflict.cypher) changes only by
// another decision, whichever agency sends it, the owner included: a value the decision overruled (`overruled`) counts
// as unchanged, any other value is kept as an OPEN conflict (its current side names no source: a decision set it).
// Returns how many rows were created, updated, unchanged or conflicted. Starts from the person_id constraints.
UNWIND $rows AS r
OPTIONAL MATCH (old:Person {id: r.id})
WITH r, old, {firstName: r.firstName, lastName: r.lastName, dateOfBirth: date(r.dateOfBirth), address: r.address, city: r.city, state: r.state} AS props
WITH r, old, props, [k IN keys(props) WHERE old IS NOT NULL AND NOT coalesce(old[k] = props[k], old[k] IS NULL AND props[k] IS NULL) | k] AS diff
WITH r, old, props, diff, [k IN diff WHERE NOT k IN coalesce(old.decidedFields, [])] AS free,
     [k IN diff WHERE k IN coalesce(old.decidedFields, []) AND NOT k + '=' + coalesce(toString(props[k]), '') IN coalesce(old.overruled, [])] AS held
WITH r, old, props, diff, free, held, size(free) > 0 AND coalesce(old.valueSourceOri, '') <> coalesce($source.agencyOri, '') AS contested,
     old IS NOT NULL AND old.ownerOri IS NOT NULL AND old.ownerOri = $source.agencyOri AS ownerWrites
WITH r, old, props, diff, free, held, contested, NOT contested OR ownerWrites AS applies, CASE WHEN old IS NULL THEN {} ELSE properties(old) END AS before,
     CASE WHEN old IS NULL THEN 'created' WHEN size(held) > 0 THEN 'conflicted' WHEN size(free) = 0 THEN 'unchanged' WHEN NOT contested OR ownerWrites THEN 'updated' ELSE 'conflicted' END AS status
MERGE (n:Person {id: r.id})
ON CREATE SET n.ownerOri = null
SET n.sourceIds = CASE WHEN $source.id IN coalesce(n.sourceIds, []) THEN n.sourceIds ELSE coalesce(n.sourceIds, [])[-49..] + $source.id END
// Whose value the record holds (valueSourceOri/Id) moves only with a value: an identical re-send by another agency
// is no claim on the record, or its next different value would count as that agency correcting its own.
FOREACH (_ IN CASE WHEN applies AND (old IS NULL OR size(free) > 0) THEN [1] ELSE [] END | SET n += apoc.map.removeKeys(props, coalesce(n.decidedFields, [])), n.valueSourceOri = $source.agencyOri, n.valueSourceId = $source.id)
FOREACH (k IN CASE WHEN contested THEN free ELSE [] END + held |
  MERGE (c:Conflict {id: apoc.util.md5(['Person', r.id, k, coalesce($source.agencyOri, '-'), coalesce(toString(props[k]), 'null')])})
  ON CREATE SET c.recordType = 'person', c.label = 'Person', c.key = r.id, c.field = k, c.ownerOri = before.ownerOri,
    c.currentValue = toString(before[k]), c.currentTyped = before[k], c.currentSourceId = CASE WHEN k IN held THEN null ELSE before.valueSourceId END, c.currentOri = CASE WHEN k IN held THEN null ELSE before.valueSourceOri END,
    c.incomingValue = toString(props[k]), c.incomingTyped = props[k], c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,
    c.detectedAt = datetime($source.receivedAt),
    c.kept = CASE WHEN applies AND NOT k IN held THEN 'INCOMING' ELSE 'CURRENT' END,
    c.status = CASE WHEN applies AND NOT k IN held THEN 'RESOLVED' ELSE 'OPEN' END,
    c.resolvedBy = CASE WHEN applies AND NOT k IN held THEN 'OWNING_AGENCY' ELSE null END)
RETURN status, count(*) AS n
