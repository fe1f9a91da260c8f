// The record a supervisor's decision on a conflict writes to, as the import's rules read it
// (docs/import.md, Provenance and conflicts: a decision obeys the chronology and plausibility rules):
// the conflict's field and link, the value the decision keeps ($keep: CURRENT or INCOMING), the
// record's stored properties and the links the import writes for its fields (with a hit's
// confirmation time; links derived from a NIBIN series are not import links). SOLD and REQUESTED
// reach the record from its dealer and agency; every other import link leaves it. Runs in the decision's
// write transaction, after decision-lock.cypher has locked the record ($record: its element id).
// Starts from the conflict_id constraint; the record from its element id (a direct lookup: a node's, or an
// association's); the send's other conflicts from conflict_key.
MATCH (c:Conflict {id: $id})
OPTIONAL MATCH (x) WHERE elementId(x) = $record
OPTIONAL MATCH ()-[y:ASSOCIATE_OF]->() WHERE elementId(y) = $record
WITH c, coalesce(x, y) AS n
CALL (c, n) {
  WITH c, n WHERE n IS NOT NULL AND c.label IN ['Firearm', 'Scene', 'Casing', 'Sale', 'Recovery', 'Trace', 'Lead', 'TheftReport']
  MATCH (n)-[o]-(m)
  WHERE NOT coalesce(o.derived, false) AND (endNode(o) = n) = (type(o) IN ['SOLD', 'REQUESTED'])
  RETURN collect({type: type(o), target: coalesce(m.id, m.ori, m.license, m.evidenceId, m.name), confirmedAt: o.confirmedAt}) AS links
}
// The other conflicts the same send raised on the record and not yet decided this way: fields the record's
// rules tie (a lead's status and review time) are decided together when one alone would break a rule.
// From the conflict_key index.
CALL (c) {
  OPTIONAL MATCH (s:Conflict {key: c.key})
  WHERE s.label = c.label AND s.incomingSourceId = c.incomingSourceId AND s.id <> c.id AND NOT (s.status = 'RESOLVED' AND s.kept = $keep)
  RETURN collect(CASE WHEN s IS NOT NULL THEN {id: s.id, field: s.field, link: s.link,
    kept: CASE WHEN $keep = 'INCOMING' THEN s.incomingTyped ELSE s.currentTyped END} END) AS siblings
}
RETURN c.recordType AS recordType, c.key AS key, c.field AS field, c.link AS link,
  CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END AS kept,
  CASE WHEN n IS NULL THEN null ELSE properties(n) END AS props, links, siblings
