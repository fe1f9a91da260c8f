// Everything one record wrote (tests: the create-only path writes what the upsert writes): the node's
// properties and each link with its direction, the natural key of the node it reaches and its properties.
// Only the branch of $label runs; the record is found from its uniqueness constraint.
CALL () {
  WITH $label AS l WHERE l = 'Manufacturer'
  MATCH (n:Manufacturer {name: $key})
  RETURN n
  UNION
  WITH $label AS l WHERE l = 'Agency'
  MATCH (n:Agency {ori: $key})
  RETURN n
  UNION
  WITH $label AS l WHERE l = 'Ffl'
  MATCH (n:Ffl {license: $key})
  RETURN n
  UNION
  WITH $label AS l WHERE l = 'Person'
  MATCH (n:Person {id: $key})
  RETURN n
  UNION
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
}
RETURN properties(n) AS props,
  [(n)-[l]-(m) | {type: type(l), outgoing: startNode(l) = n, target: coalesce(m.id, m.ori, m.license, m.evidenceId, m.name), props: properties(l)}] AS links
