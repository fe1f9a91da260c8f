// Link charts: the chart's starting nodes by their natural keys ({kind: 'Casing', key: 'E-1'}).
// Each branch is a unique-constraint lookup (cypher/migrations/002-012); the kind test only
// picks the branch. Unknown keys return no row, so the caller can name the missing seed.
UNWIND $seeds AS s
CALL (s) {
  MATCH (n:Agency {ori: s.key}) WHERE s.kind = 'Agency' RETURN n
  UNION ALL
  MATCH (n:Scene {id: s.key}) WHERE s.kind = 'Scene' RETURN n
  UNION ALL
  MATCH (n:Casing {evidenceId: s.key}) WHERE s.kind = 'Casing' RETURN n
  UNION ALL
  MATCH (n:Firearm {id: s.key}) WHERE s.kind = 'Firearm' RETURN n
  UNION ALL
  MATCH (n:Manufacturer {name: s.key}) WHERE s.kind = 'Manufacturer' RETURN n
  UNION ALL
  MATCH (n:Ffl {license: s.key}) WHERE s.kind = 'Ffl' RETURN n
  UNION ALL
  MATCH (n:Person {id: s.key}) WHERE s.kind = 'Person' RETURN n
  UNION ALL
  MATCH (n:Sale {id: s.key}) WHERE s.kind = 'Sale' RETURN n
  UNION ALL
  MATCH (n:Recovery {id: s.key}) WHERE s.kind = 'Recovery' RETURN n
  UNION ALL
  MATCH (n:Trace {id: s.key}) WHERE s.kind = 'Trace' RETURN n
  UNION ALL
  MATCH (n:Lead {id: s.key}) WHERE s.kind = 'Lead' RETURN n
}
RETURN s.kind + ':' + s.key AS seed, elementId(n) AS eid, labels(n) AS labels, properties(n) AS props
