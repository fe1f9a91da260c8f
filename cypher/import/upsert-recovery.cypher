// Batch upsert of recoveries: the gun, the recovering agency (which owns the record), optionally the scene and possessor, with provenance and conflict handling (docs/import.md, Provenance and conflicts):
// every node and relationship written lists the source ($source: the import run or API call) in `sourceIds`;
// a different value from another agency never overwrites silently: the current value stays unless the
// incoming source is the record's owning agency, and the disagreement is kept as a (:Conflict).
// A field a supervisor decided (`decidedFields`, written by cypher/provenance/resolve-conflict.cypher) changes only by
// another decision, whichever agency sends it, the owner included: a value the decision overruled (`overruled`) counts
// as unchanged, any other value is kept as an OPEN conflict (its current side names no source: a decision set it).
// The links are single-valued fields of the record (a link to a different node is a changed value, conflicted or
// corrected like any other, never a second link beside the first): see docs/import.md, Conflicts on links.
// Returns how many rows were created, updated, unchanged or conflicted. Starts from the recovery_id, firearm_id, agency_ori, scene_id and person_id constraints.
UNWIND $rows AS r
OPTIONAL MATCH (old:Recovery {id: r.id})
WITH r, old, {recoveredOn: date(r.recoveredOn), address: r.address, city: r.city, state: r.state, location: point({latitude: r.latitude, longitude: r.longitude})} AS props,
     {firearmId: r.firearmId, agencyOri: r.agencyOri, sceneId: r.sceneId, possessorId: r.possessorId} AS links,
     {firearmId: 'OF_FIREARM', agencyOri: 'BY_AGENCY', sceneId: 'AT_SCENE', possessorId: 'FROM_POSSESSOR'} AS linkTypes
WITH r, old, props, links, linkTypes, CASE WHEN old IS NULL THEN {} ELSE {firearmId: [(old)-[:OF_FIREARM]->(x:Firearm) | x.id], agencyOri: [(old)-[:BY_AGENCY]->(x:Agency) | x.ori], sceneId: [(old)-[:AT_SCENE]->(x:Scene) | x.id], possessorId: [(old)-[:FROM_POSSESSOR]->(x:Person) | x.id]} END AS linked
WITH r, old, props, links, linkTypes, linked,
     [k IN keys(props) WHERE old IS NOT NULL AND NOT coalesce(old[k] = props[k], old[k] IS NULL AND props[k] IS NULL) | k]
     + [k IN keys(links) WHERE old IS NOT NULL AND linked[k] <> [v IN [links[k]] WHERE v IS NOT NULL] | k] AS diff
WITH r, old, props, links, linkTypes, linked, diff, [k IN diff WHERE NOT k IN coalesce(old.decidedFields, [])] AS free,
     [k IN diff WHERE k IN coalesce(old.decidedFields, []) AND NOT k + '=' + coalesce(toString(props[k]), links[k], '') IN coalesce(old.overruled, [])] AS held
WITH r, old, props, links, linkTypes, linked, diff, free, held, size(free) > 0 AND coalesce(old.valueSourceOri, '') <> coalesce($source.agencyOri, '') AS contested,
     old IS NOT NULL AND old.ownerOri IS NOT NULL AND old.ownerOri = $source.agencyOri AS ownerWrites
WITH r, old, props, links, linkTypes, linked, diff, free, held, contested, NOT contested OR ownerWrites AS applies, CASE WHEN old IS NULL THEN {} ELSE properties(old) END AS before,
     CASE WHEN old IS NULL THEN 'created' WHEN size(held) > 0 THEN 'conflicted' WHEN size(free) = 0 THEN 'unchanged' WHEN NOT contested OR ownerWrites THEN 'updated' ELSE 'conflicted' END AS status
MERGE (n:Recovery {id: r.id})
ON CREATE SET n.ownerOri = r.agencyOri
SET n.sourceIds = CASE WHEN $source.id IN coalesce(n.sourceIds, []) THEN n.sourceIds ELSE coalesce(n.sourceIds, [])[-49..] + $source.id END
// Whose value the record holds (valueSourceOri/Id) moves only with a value: an identical re-send by another agency
// is no claim on the record, or its next different value would count as that agency correcting its own.
FOREACH (_ IN CASE WHEN applies AND (old IS NULL OR size(free) > 0) THEN [1] ELSE [] END | SET n += apoc.map.removeKeys(props, coalesce(n.decidedFields, [])), n.valueSourceOri = $source.agencyOri, n.valueSourceId = $source.id)
FOREACH (k IN [k IN CASE WHEN contested THEN free ELSE [] END + held WHERE k IN keys(props)] |
  MERGE (c:Conflict {id: apoc.util.md5(['Recovery', r.id, k, coalesce($source.agencyOri, '-'), coalesce(toString(props[k]), 'null')])})
  ON CREATE SET c.recordType = 'recovery', c.label = 'Recovery', c.key = r.id, c.field = k, c.ownerOri = before.ownerOri,
    c.currentValue = toString(before[k]), c.currentTyped = before[k], c.currentSourceId = CASE WHEN k IN held THEN null ELSE before.valueSourceId END, c.currentOri = CASE WHEN k IN held THEN null ELSE before.valueSourceOri END,
    c.incomingValue = toString(props[k]), c.incomingTyped = props[k], c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,
    c.detectedAt = datetime($source.receivedAt),
    c.kept = CASE WHEN applies AND NOT k IN held THEN 'INCOMING' ELSE 'CURRENT' END,
    c.status = CASE WHEN applies AND NOT k IN held THEN 'RESOLVED' ELSE 'OPEN' END,
    c.resolvedBy = CASE WHEN applies AND NOT k IN held THEN 'OWNING_AGENCY' ELSE null END)
FOREACH (k IN [k IN CASE WHEN contested THEN free ELSE [] END + held WHERE k IN keys(links)] |
  MERGE (c:Conflict {id: apoc.util.md5(['Recovery', r.id, k, coalesce($source.agencyOri, '-'), coalesce(links[k], 'null')])})
  ON CREATE SET c.recordType = 'recovery', c.label = 'Recovery', c.key = r.id, c.field = k, c.link = linkTypes[k], c.ownerOri = before.ownerOri,
    c.currentValue = CASE WHEN size(linked[k]) = 0 THEN null ELSE apoc.text.join(linked[k], ', ') END,
    c.currentTyped = CASE WHEN size(linked[k]) = 0 THEN null ELSE linked[k] END, c.currentSourceId = CASE WHEN k IN held THEN null ELSE before.valueSourceId END, c.currentOri = CASE WHEN k IN held THEN null ELSE before.valueSourceOri END,
    c.incomingValue = links[k],
    c.incomingTyped = CASE WHEN links[k] IS NULL THEN null ELSE [links[k]] END, c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,
    c.detectedAt = datetime($source.receivedAt),
    c.kept = CASE WHEN applies AND NOT k IN held THEN 'INCOMING' ELSE 'CURRENT' END,
    c.status = CASE WHEN applies AND NOT k IN held THEN 'RESOLVED' ELSE 'OPEN' END,
    c.resolvedBy = CASE WHEN applies AND NOT k IN held THEN 'OWNING_AGENCY' ELSE null END)
WITH n, r, status, applies, diff
OPTIONAL MATCH (t:Firearm {id: r.firearmId})
FOREACH (o IN CASE WHEN applies AND NOT 'firearmId' IN coalesce(n.decidedFields, []) THEN [(n)-[e:OF_FIREARM]->(y) WHERE (t IS NULL OR y <> t) | e] ELSE [] END | DELETE o)
FOREACH (_ IN CASE WHEN t IS NOT NULL AND (applies AND NOT 'firearmId' IN coalesce(n.decidedFields, []) OR NOT 'firearmId' IN diff) THEN [1] ELSE [] END |
  MERGE (n)-[x:OF_FIREARM]->(t) SET x.sourceIds = CASE WHEN $source.id IN coalesce(x.sourceIds, []) THEN x.sourceIds ELSE coalesce(x.sourceIds, [])[-49..] + $source.id END)
WITH n, r, status, applies, diff
OPTIONAL MATCH (t:Agency {ori: r.agencyOri})
FOREACH (o IN CASE WHEN applies AND NOT 'agencyOri' IN coalesce(n.decidedFields, []) THEN [(n)-[e:BY_AGENCY]->(y) WHERE (t IS NULL OR y <> t) | e] ELSE [] END | DELETE o)
FOREACH (_ IN CASE WHEN t IS NOT NULL AND (applies AND NOT 'agencyOri' IN coalesce(n.decidedFields, []) OR NOT 'agencyOri' IN diff) THEN [1] ELSE [] END |
  MERGE (n)-[x:BY_AGENCY]->(t) SET x.sourceIds = CASE WHEN $source.id IN coalesce(x.sourceIds, []) THEN x.sourceIds ELSE coalesce(x.sourceIds, [])[-49..] + $source.id END)
WITH n, r, status, applies, diff
OPTIONAL MATCH (t:Scene {id: r.sceneId})
FOREACH (o IN CASE WHEN applies AND NOT 'sceneId' IN coalesce(n.decidedFields, []) THEN [(n)-[e:AT_SCENE]->(y) WHERE (t IS NULL OR y <> t) | e] ELSE [] END | DELETE o)
FOREACH (_ IN CASE WHEN t IS NOT NULL AND (applies AND NOT 'sceneId' IN coalesce(n.decidedFields, []) OR NOT 'sceneId' IN diff) THEN [1] ELSE [] END |
  MERGE (n)-[x:AT_SCENE]->(t) SET x.sourceIds = CASE WHEN $source.id IN coalesce(x.sourceIds, []) THEN x.sourceIds ELSE coalesce(x.sourceIds, [])[-49..] + $source.id END)
WITH n, r, status, applies, diff
OPTIONAL MATCH (t:Person {id: r.possessorId})
FOREACH (o IN CASE WHEN applies AND NOT 'possessorId' IN coalesce(n.decidedFields, []) THEN [(n)-[e:FROM_POSSESSOR]->(y) WHERE (t IS NULL OR y <> t) | e] ELSE [] END | DELETE o)
FOREACH (_ IN CASE WHEN t IS NOT NULL AND (applies AND NOT 'possessorId' IN coalesce(n.decidedFields, []) OR NOT 'possessorId' IN diff) THEN [1] ELSE [] END |
  MERGE (n)-[x:FROM_POSSESSOR]->(t) SET x.sourceIds = CASE WHEN $source.id IN coalesce(x.sourceIds, []) THEN x.sourceIds ELSE coalesce(x.sourceIds, [])[-49..] + $source.id END)
RETURN status, count(*) AS n
