// Batch upsert of NIBIN leads, each CORRELATES two casings, with provenance and conflict handling (docs/import.md, Provenance and conflicts):
// every node and relationship written lists the source ($source: the import run or API call) in `sourceIds`;
// a different value from another agency never overwrites silently: the current value stays unless the
// incoming source is the record's owning agency, and the disagreement is kept as a (:Conflict).
// A field a supervisor decided (`decidedFields`, written by cypher/provenance/resolve-conflict.cypher) changes only by
// another decision, whichever agency sends it, the owner included: a value the decision overruled (`overruled`) counts
// as unchanged, any other value is kept as an OPEN conflict (its current side names no source: a decision set it).
// The links are single-valued fields of the record (a link to a different node is a changed value, conflicted or
// corrected like any other, never a second link beside the first): see docs/import.md, Conflicts on links.
// The review (status, reviewedAt) belongs to the lead workflow once it has acted on the lead (`transitions` > 0,
// cypher/lead/apply-transition.cypher): the workflow's decision is audited and has a history, an import's is not,
// so no import may undo it, whichever agency sends it. An import's review then counts as unchanged when it is the
// one the import last wrote (`importedStatus`/`importedReviewedAt`: a stale re-send) or names the workflow's own
// outcome; any other review is kept as an OPEN conflict (current value: the workflow's) and nothing is written.
// A lead imported before `importedStatus` was kept takes the status its first transition started from instead.
// Whether the workflow has acted is read under the lead's lock, the one the workflow takes before it reads the state it
// acts on (cypher/lead/lock-state.cypher): read before it, a transition committed between the read and this write was
// missed, and the import's review written over the examiner's (the lock orders them: each sees the other's commit).
// Returns how many rows were created, updated, unchanged or conflicted. Starts from the lead_id and casing_evidence_id constraints.
UNWIND $rows AS r
OPTIONAL MATCH (locked:Lead {id: r.id})
CALL apoc.lock.nodes(CASE WHEN locked IS NULL THEN [] ELSE [locked] END)
WITH r
OPTIONAL MATCH (old:Lead {id: r.id})
WITH r, old, {correlatedAt: datetime(r.correlatedAt), score: r.score, status: r.status, reviewedAt: CASE WHEN r.reviewedAt IS NULL THEN null ELSE datetime(r.reviewedAt) END} AS props,
     {casings: apoc.coll.sort([r.casingA, r.casingB])} AS links,
     {casings: 'CORRELATES'} AS linkTypes,
     ['status', 'reviewedAt'] AS review,
     old IS NOT NULL AND coalesce(old.transitions, 0) > 0 AS held
WITH r, old, props, links, linkTypes, review, held, CASE WHEN old IS NULL THEN {} ELSE {casings: apoc.coll.sort([(old)-[:CORRELATES]->(x:Casing) | x.evidenceId])} END AS linked,
     CASE WHEN NOT held THEN null WHEN old.importedStatus IS NOT NULL THEN {status: old.importedStatus, reviewedAt: old.importedReviewedAt}
          ELSE {status: head([(old)-[:HAS_TRANSITION]->(t:LeadTransition) WHERE t.n = 1 | t.fromStatus]), reviewedAt: props.reviewedAt} END AS sent
WITH r, old, props, links, linkTypes, review, held, linked,
     [k IN keys(props) WHERE old IS NOT NULL AND NOT coalesce(old[k] = props[k], old[k] IS NULL AND props[k] IS NULL) | k] AS changed,
     held AND NOT (props.status = old.status
                   OR (props.status = sent.status AND coalesce(props.reviewedAt = sent.reviewedAt, props.reviewedAt IS NULL AND sent.reviewedAt IS NULL))) AS disputed
WITH r, old, props, links, linkTypes, linked,
     [k IN changed WHERE NOT (held AND k IN review)] + [k IN keys(links) WHERE old IS NOT NULL AND linked[k] <> links[k] | k] AS diff,
     [k IN changed WHERE disputed AND k IN review] AS heldDiff,
     CASE WHEN held THEN apoc.map.removeKeys(props, review) ELSE props END AS writes
WITH r, old, props, links, linkTypes, linked, diff, heldDiff, writes, [k IN diff WHERE NOT k IN coalesce(old.decidedFields, [])] AS free,
     [k IN diff WHERE k IN coalesce(old.decidedFields, [])
        AND NOT k + '=' + coalesce(CASE WHEN k = 'casings' THEN apoc.text.join(links.casings, ', ') ELSE toString(props[k]) END, '') IN coalesce(old.overruled, [])] AS decided
WITH r, old, props, links, linkTypes, linked, diff, heldDiff, writes, free, decided, size(free) > 0 AND coalesce(old.valueSourceOri, '') <> coalesce($source.agencyOri, '') AS contested,
     old IS NOT NULL AND old.ownerOri IS NOT NULL AND old.ownerOri = $source.agencyOri AS ownerWrites
// A review disputing the workflow's has no import source for its current value (the workflow wrote it); its agency
// is that of the examiner or investigator whose transition last changed the status.
WITH r, old, props, links, linkTypes, linked, diff, heldDiff, writes, free, decided, contested, NOT contested OR ownerWrites AS applies, CASE WHEN old IS NULL THEN {} ELSE properties(old) END AS before,
     CASE WHEN size(heldDiff) > 0 THEN reduce(d = null, x IN [(old)-[:HAS_TRANSITION]->(t:LeadTransition) WHERE t.fromStatus <> t.toStatus | t] |
                                           CASE WHEN d IS NULL OR x.n > d.n THEN x ELSE d END).actorAgencyOri END AS decidedOri,
     CASE WHEN old IS NULL THEN 'created' WHEN size(heldDiff) > 0 OR size(decided) > 0 THEN 'conflicted' WHEN size(free) = 0 THEN 'unchanged'
          WHEN NOT contested OR ownerWrites THEN 'updated' ELSE 'conflicted' END AS status
MERGE (n:Lead {id: r.id})
ON CREATE SET n.ownerOri = null
SET n.sourceIds = CASE WHEN $source.id IN coalesce(n.sourceIds, []) THEN n.sourceIds ELSE coalesce(n.sourceIds, [])[-49..] + $source.id END
// Whose value the record holds (valueSourceOri/Id) moves only with a value: an identical re-send by another agency
// is no claim on the record, or its next different value would count as that agency correcting its own.
FOREACH (_ IN CASE WHEN applies AND (old IS NULL OR size(free) > 0) THEN [1] ELSE [] END | SET n += apoc.map.removeKeys(writes, coalesce(n.decidedFields, [])), n.valueSourceOri = $source.agencyOri, n.valueSourceId = $source.id)
FOREACH (_ IN CASE WHEN applies AND 'status' IN keys(writes) AND NOT 'status' IN coalesce(n.decidedFields, []) THEN [1] ELSE [] END | SET n.importedStatus = props.status, n.importedReviewedAt = props.reviewedAt)
FOREACH (k IN [k IN CASE WHEN contested THEN free ELSE [] END + decided WHERE k IN keys(props)] |
  MERGE (c:Conflict {id: apoc.util.md5(['Lead', r.id, k, coalesce($source.agencyOri, '-'), coalesce(toString(props[k]), 'null')])})
  ON CREATE SET c.recordType = 'lead', c.label = 'Lead', c.key = r.id, c.field = k, c.ownerOri = before.ownerOri,
    c.currentValue = toString(before[k]), c.currentTyped = before[k], c.currentSourceId = CASE WHEN k IN decided THEN null ELSE before.valueSourceId END, c.currentOri = CASE WHEN k IN decided THEN null ELSE before.valueSourceOri END,
    c.incomingValue = toString(props[k]), c.incomingTyped = props[k], c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,
    c.detectedAt = datetime($source.receivedAt),
    c.kept = CASE WHEN applies AND NOT k IN decided THEN 'INCOMING' ELSE 'CURRENT' END,
    c.status = CASE WHEN applies AND NOT k IN decided THEN 'RESOLVED' ELSE 'OPEN' END,
    c.resolvedBy = CASE WHEN applies AND NOT k IN decided THEN 'OWNING_AGENCY' ELSE null END)
FOREACH (k IN heldDiff |
  MERGE (c:Conflict {id: apoc.util.md5(['Lead', r.id, k, coalesce($source.agencyOri, '-'), coalesce(toString(props[k]), 'null')])})
  ON CREATE SET c.recordType = 'lead', c.label = 'Lead', c.key = r.id, c.field = k, c.ownerOri = before.ownerOri,
    c.currentValue = toString(before[k]), c.currentTyped = before[k], c.currentSourceId = null,
    c.currentOri = decidedOri,
    c.incomingValue = toString(props[k]), c.incomingTyped = props[k], c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,
    c.detectedAt = datetime($source.receivedAt), c.kept = 'CURRENT', c.status = 'OPEN', c.resolvedBy = null)
FOREACH (k IN [k IN CASE WHEN contested THEN free ELSE [] END + decided WHERE k IN keys(links)] |
  MERGE (c:Conflict {id: apoc.util.md5(['Lead', r.id, k, coalesce($source.agencyOri, '-'), apoc.text.join(links[k], ',')])})
  ON CREATE SET c.recordType = 'lead', c.label = 'Lead', c.key = r.id, c.field = k, c.link = linkTypes[k], c.ownerOri = before.ownerOri,
    c.currentValue = CASE WHEN size(linked[k]) = 0 THEN null ELSE apoc.text.join(linked[k], ', ') END,
    c.currentTyped = CASE WHEN size(linked[k]) = 0 THEN null ELSE linked[k] END, c.currentSourceId = CASE WHEN k IN decided THEN null ELSE before.valueSourceId END, c.currentOri = CASE WHEN k IN decided THEN null ELSE before.valueSourceOri END,
    c.incomingValue = apoc.text.join(links[k], ', '),
    c.incomingTyped = links[k], c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,
    c.detectedAt = datetime($source.receivedAt),
    c.kept = CASE WHEN applies AND NOT k IN decided THEN 'INCOMING' ELSE 'CURRENT' END,
    c.status = CASE WHEN applies AND NOT k IN decided THEN 'RESOLVED' ELSE 'OPEN' END,
    c.resolvedBy = CASE WHEN applies AND NOT k IN decided THEN 'OWNING_AGENCY' ELSE null END)
WITH n, r, status, applies, diff
OPTIONAL MATCH (a:Casing {evidenceId: r.casingA})
OPTIONAL MATCH (b:Casing {evidenceId: r.casingB})
FOREACH (o IN CASE WHEN applies AND NOT 'casings' IN coalesce(n.decidedFields, []) THEN [(n)-[e:CORRELATES]->(y) WHERE NOT y IN [a, b] | e] ELSE [] END | DELETE o)
FOREACH (t IN CASE WHEN applies AND NOT 'casings' IN coalesce(n.decidedFields, []) OR NOT 'casings' IN diff THEN [c IN [a, b] WHERE c IS NOT NULL] ELSE [] END |
  MERGE (n)-[x:CORRELATES]->(t) SET x.sourceIds = CASE WHEN $source.id IN coalesce(x.sourceIds, []) THEN x.sourceIds ELSE coalesce(x.sourceIds, [])[-49..] + $source.id END)
RETURN status, count(*) AS n
