// The links one record has, with the natural key of the node each reaches (tests of the conflict
// rules: a changed link is one link, never two). Only the branch of $label runs; the record is found
// from its uniqueness constraint.
CALL () {
  WITH $label AS l WHERE l = 'Firearm'
  MATCH (n:Firearm {id: $key})
  RETURN n
  UNION
  WITH $label AS l WHERE l = 'Scene'
  MATCH (n:Scene {id: $key})
  RETURN n
  UNION
  WITH $label AS l WHERE l = 'Casing'
  MATCH (n:Casing {evidenceId: $key})
  RETURN n
  UNION
  WITH $label AS l WHERE l = 'Sale'
  MATCH (n:Sale {id: $key})
  RETURN n
  UNION
  WITH $label AS l WHERE l = 'Recovery'
  MATCH (n:Recovery {id: $key})
  RETURN n
  UNION
  WITH $label AS l WHERE l = 'Trace'
  MATCH (n:Trace {id: $key})
  RETURN n
  UNION
  WITH $label AS l WHERE l = 'Lead'
  MATCH (n:Lead {id: $key})
  RETURN n
  UNION
  WITH $label AS l WHERE l = 'TheftReport'
  MATCH (n:TheftReport {id: $key})
  RETURN n
}
MATCH (n)-[l]-(m)
RETURN type(l) AS type, startNode(l) = n AS outgoing, coalesce(m.id, m.ori, m.license, m.evidenceId, m.name) AS target, l.confirmedAt IS NOT NULL AS confirmed
ORDER BY type, target
