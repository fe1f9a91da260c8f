// A supervisor's decision on one conflict: the value kept before the conflict (CURRENT) or the one
// that came in (INCOMING) is written to the record. A conflict on a link (`link` set: the record's gun,
// scene, purchaser…) re-points the link: the record's links of that type are replaced by links to the
// kept side's nodes, listing the kept side's source (a hit's link keeps its confirmation time; links
// derived from a NIBIN series are left alone). Idempotent: the same decision again changes nothing.
//
// A decision settles ONE field. The record's `valueSourceOri`/`valueSourceId` (whose values it holds,
// which the upserts compare an incoming agency with) are left as they were: naming the kept side there
// would hand every other field to that agency, so its later sends would overwrite them instead of
// conflicting. The resolved conflict itself records that this field's value came from the kept side, and
// the record's `decidedAt` says when a decision last wrote to it (a saved investigation shows the record
// as changed: a person's personal fields are never fingerprinted, docs/workspace.md).
//
// The decided field is marked on the record (`decidedFields`), with the value the decision overruled (`overruled`,
// "field=value" in the conflict's own form): an import then leaves the field alone, whichever agency sends it,
// counting a re-sent overruled value as unchanged and keeping any other value as a new OPEN conflict
// (cypher/import/upsert-*.cypher). Without the mark, the record's own agency re-sending its old value after an
// INCOMING decision would be an update by its source, and would quietly undo the decision.
//
// A decision is only written over the value it was taken against: the record's field must still hold
// the value the conflict says it holds (`currentTyped` while OPEN, the kept side's once RESOLVED).
// When the field changed since (the record's source corrected it, the owner overrode it, another
// conflict on it was resolved), writing the snapshot would silently undo that later change, so nothing
// is written and `stale` is returned; an OPEN conflict is brought up to date with the record's present
// value and source, for the supervisor to decide again on what the record really holds.
//
// `$refused`: the decision would break a rule the import checks (src/provenance/decision.check.ts,
// docs/import.md: a decision obeys the chronology and plausibility rules), so nothing is written; a
// stale conflict is still brought up to date (the staleness is said first).
// Runs in the decision's write transaction, after decision-lock.cypher has locked the record ($record: its
// element id; a conflict decided with it is on the same record).
// Starts from the conflict_id constraint; the record from its element id (a direct lookup: a node's, or an
// association's); the linked nodes from their own constraints.
MATCH (c:Conflict {id: $id})
OPTIONAL MATCH (x) WHERE elementId(x) = $record
OPTIONAL MATCH ()-[y:ASSOCIATE_OF]->() WHERE elementId(y) = $record
WITH c, coalesce(x, y) AS n
WITH c, n, c.kept = $keep AND c.status = 'RESOLVED' AS same, c.link IN ['SOLD', 'REQUESTED'] AS inbound,
     CASE WHEN c.kept = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END AS held
// What the record holds now, in the conflict's own form: a property's value, or the sorted keys of the
// nodes a link reaches (a hit as "<gun>@<confirmedAt>"), as the upserts compare them.
CALL (c, n, inbound) {
  WITH c, n, inbound WHERE c.link IS NOT NULL AND n IS NOT NULL
  MATCH (n)-[o]-(m)
  WHERE type(o) = c.link AND (endNode(o) = n) = inbound AND NOT coalesce(o.derived, false)
  RETURN collect(coalesce(m.id, m.ori, m.license, m.evidenceId, m.name) + CASE WHEN c.link = 'FIRED_FROM' THEN '@' + toString(o.confirmedAt) ELSE '' END) AS targets
}
WITH c, n, same, inbound, held, apoc.coll.sort(targets) AS targets,
     CASE WHEN n IS NULL OR c.link IS NOT NULL THEN null ELSE n[c.field] END AS value
WITH c, n, same, inbound, value, targets,
     NOT same AND n IS NOT NULL AND NOT CASE
       WHEN c.link IS NULL THEN coalesce(value = held, value IS NULL AND held IS NULL)
       ELSE targets = apoc.coll.sort(coalesce(held, []))
     END AS stale
WITH c, n, same OR $refused AS writesNothing, inbound, value, targets, stale
FOREACH (_ IN CASE WHEN stale AND c.status = 'OPEN' THEN [1] ELSE [] END |
  SET c.currentTyped = CASE WHEN c.link IS NULL THEN value WHEN size(targets) = 0 THEN null ELSE targets END,
      c.currentValue = CASE WHEN c.link IS NULL THEN toString(value) WHEN size(targets) = 0 THEN null ELSE apoc.text.join(targets, ', ') END,
      c.currentSourceId = n.valueSourceId, c.currentOri = n.valueSourceOri)
FOREACH (_ IN CASE WHEN writesNothing OR stale THEN [] ELSE [1] END |
  SET c.status = 'RESOLVED', c.kept = $keep, c.resolvedBy = $subject, c.resolvedAt = datetime($at))
WITH c, n, writesNothing, stale, inbound, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END AS kept,
     CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END AS keptSourceId,
     c.field + '=' + coalesce(CASE WHEN $keep = 'INCOMING' THEN c.incomingValue ELSE c.currentValue END, '') AS keptMark,
     c.field + '=' + coalesce(CASE WHEN $keep = 'INCOMING' THEN c.currentValue ELSE c.incomingValue END, '') AS overruledMark
FOREACH (_ IN CASE WHEN NOT writesNothing AND NOT stale AND n IS NOT NULL THEN [1] ELSE [] END |
  SET n.decidedFields = apoc.coll.toSet(coalesce(n.decidedFields, []) + c.field),
      n.overruled = [x IN coalesce(n.overruled, []) WHERE NOT x IN [keptMark, overruledMark]] + overruledMark)
WITH c, n, writesNothing, stale, inbound, kept, keptSourceId
CALL (c, n, writesNothing, stale, kept) {
  WITH c, n, kept WHERE NOT writesNothing AND NOT stale AND n IS NOT NULL AND c.link IS NULL
  SET n += apoc.map.fromValues([c.field, kept]), n.decidedAt = datetime($at)
}
CALL (c, n, writesNothing, stale, inbound, kept, keptSourceId) {
  WITH c, n, inbound, kept, keptSourceId WHERE NOT writesNothing AND NOT stale AND n IS NOT NULL AND c.link IS NOT NULL
  SET n.decidedAt = datetime($at)
  WITH c, n, inbound, kept, keptSourceId
  CALL (c, n, inbound) {
    MATCH (n)-[o]-()
    WHERE type(o) = c.link AND (endNode(o) = n) = inbound AND NOT coalesce(o.derived, false)
    DELETE o
  }
  UNWIND coalesce(kept, []) AS value
  WITH c, n, keptSourceId, inbound, split(value, '@')[0] AS key, CASE WHEN c.link = 'FIRED_FROM' THEN datetime(split(value, '@')[1]) END AS confirmedAt
  CALL (c, key) {
    WITH c, key WHERE c.link IN ['OF_FIREARM', 'TEST_FIRED_FROM', 'FIRED_FROM', 'REPORTS_THEFT_OF']
    MATCH (t:Firearm {id: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['BY_AGENCY', 'INVESTIGATED_BY', 'REQUESTED', 'REPORTED_BY']
    MATCH (t:Agency {ori: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['AT_SCENE', 'RECOVERED_AT']
    MATCH (t:Scene {id: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['FROM_POSSESSOR', 'TO_PURCHASER', 'RESOLVED_PURCHASER']
    MATCH (t:Person {id: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['SOLD', 'RESOLVED_DEALER', 'REPORTED_BY_FFL']
    MATCH (t:Ffl {license: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['FOR_RECOVERY']
    MATCH (t:Recovery {id: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['CORRELATES']
    MATCH (t:Casing {evidenceId: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['MADE_BY']
    MATCH (t:Manufacturer {name: key})
    RETURN t
  }
  WITH c, n, t, inbound, {sourceIds: [s IN [keptSourceId] WHERE s IS NOT NULL]} AS base, confirmedAt
  CALL apoc.create.relationship(CASE WHEN inbound THEN t ELSE n END, c.link,
    CASE WHEN confirmedAt IS NULL THEN base ELSE apoc.map.setKey(base, 'confirmedAt', confirmedAt) END,
    CASE WHEN inbound THEN n ELSE t END) YIELD rel
  RETURN count(rel) AS linked
}
RETURN c AS conflict, stale
