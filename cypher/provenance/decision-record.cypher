// The record a supervisor's decision on a conflict writes to, as the import's rules read it
// (docs/import.md, Provenance and conflicts: a decision obeys the chronology and plausibility rules):
// the conflict's field and link, the value the decision keeps ($keep: CURRENT or INCOMING), the
// record's stored properties and the links the import writes for its fields (with a hit's
// confirmation time; links derived from a NIBIN series are not import links). SOLD and REQUESTED
// reach the record from its dealer and agency; every other import link leaves it.
// Starts from the conflict_id constraint; the record from its own; the send's other conflicts from conflict_key.
MATCH (c:Conflict {id: $id})
OPTIONAL CALL (c) {
  WITH c WHERE c.label = 'Manufacturer'
  MATCH (n:Manufacturer {name: c.key})
  RETURN n
  UNION
  WITH c WHERE c.label = 'Agency'
  MATCH (n:Agency {ori: c.key})
  RETURN n
  UNION
  WITH c WHERE c.label = 'Ffl'
  MATCH (n:Ffl {license: c.key})
  RETURN n
  UNION
  WITH c WHERE c.label = 'Person'
  MATCH (n:Person {id: c.key})
  RETURN n
  UNION
  WITH c WHERE c.label = 'Firearm'
  MATCH (n:Firearm {id: c.key})
  RETURN n
  UNION
  WITH c WHERE c.label = 'Scene'
  MATCH (n:Scene {id: c.key})
  RETURN n
  UNION
  WITH c WHERE c.label = 'Casing'
  MATCH (n:Casing {evidenceId: c.key})
  RETURN n
  UNION
  WITH c WHERE c.label = 'Sale'
  MATCH (n:Sale {id: c.key})
  RETURN n
  UNION
  WITH c WHERE c.label = 'Recovery'
  MATCH (n:Recovery {id: c.key})
  RETURN n
  UNION
  WITH c WHERE c.label = 'Trace'
  MATCH (n:Trace {id: c.key})
  RETURN n
  UNION
  WITH c WHERE c.label = 'Lead'
  MATCH (n:Lead {id: c.key})
  RETURN n
  UNION
  WITH c WHERE c.label = 'TheftReport'
  MATCH (n:TheftReport {id: c.key})
  RETURN n
  UNION
  WITH c WHERE c.label = 'ASSOCIATE_OF'
  MATCH (:Person {id: split(c.key, '>')[0]})-[n:ASSOCIATE_OF]->(:Person {id: split(c.key, '>')[1]})
  RETURN n
}
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
