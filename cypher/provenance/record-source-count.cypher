// How many sources one record lists.
// The record is found by its natural key from its uniqueness constraint (one branch per record type;
// only the branch of $type runs); its sources from the source_id constraint.
CALL () {
  WITH $type AS t WHERE t = 'manufacturer'
  MATCH (n:Manufacturer {name: $key})
  RETURN n.sourceIds AS ids
  UNION
  WITH $type AS t WHERE t = 'agency'
  MATCH (n:Agency {ori: $key})
  RETURN n.sourceIds AS ids
  UNION
  WITH $type AS t WHERE t = 'ffl'
  MATCH (n:Ffl {license: $key})
  RETURN n.sourceIds AS ids
  UNION
  WITH $type AS t WHERE t = 'person'
  MATCH (n:Person {id: $key})
  RETURN n.sourceIds AS ids
  UNION
  WITH $type AS t WHERE t = 'firearm'
  MATCH (n:Firearm {id: $key})
  RETURN n.sourceIds AS ids
  UNION
  WITH $type AS t WHERE t = 'scene'
  MATCH (n:Scene {id: $key})
  RETURN n.sourceIds AS ids
  UNION
  WITH $type AS t WHERE t = 'casing'
  MATCH (n:Casing {evidenceId: $key})
  RETURN n.sourceIds AS ids
  UNION
  WITH $type AS t WHERE t = 'sale'
  MATCH (n:Sale {id: $key})
  RETURN n.sourceIds AS ids
  UNION
  WITH $type AS t WHERE t = 'recovery'
  MATCH (n:Recovery {id: $key})
  RETURN n.sourceIds AS ids
  UNION
  WITH $type AS t WHERE t = 'trace'
  MATCH (n:Trace {id: $key})
  RETURN n.sourceIds AS ids
  UNION
  WITH $type AS t WHERE t = 'lead'
  MATCH (n:Lead {id: $key})
  RETURN n.sourceIds AS ids
  UNION
  WITH $type AS t WHERE t = 'theft'
  MATCH (n:TheftReport {id: $key})
  RETURN n.sourceIds AS ids
  UNION
  WITH $type AS t WHERE t = 'association'
  MATCH (:Person {id: split($key, '>')[0]})-[n:ASSOCIATE_OF]->(:Person {id: split($key, '>')[1]})
  RETURN n.sourceIds AS ids
}
RETURN size(coalesce(ids, [])) AS total
