// The sources of one record (who told us this, and when): a keyset page, newest first.
// The record is found by its natural key from its uniqueness constraint (one branch per record type;
// only the branch of $type runs); its sources from the source_id constraint. `holdsValues`: the record's values
// (those no supervisor decided) are the ones this source sent (`valueSourceId`: it created the record or last
// changed a value); a source whose send was unchanged or conflicted told us the record too, but holds nothing.
CALL () {
  WITH $type AS t WHERE t = 'manufacturer'
  MATCH (n:Manufacturer {name: $key})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
  UNION
  WITH $type AS t WHERE t = 'agency'
  MATCH (n:Agency {ori: $key})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
  UNION
  WITH $type AS t WHERE t = 'ffl'
  MATCH (n:Ffl {license: $key})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
  UNION
  WITH $type AS t WHERE t = 'person'
  MATCH (n:Person {id: $key})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
  UNION
  WITH $type AS t WHERE t = 'firearm'
  MATCH (n:Firearm {id: $key})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
  UNION
  WITH $type AS t WHERE t = 'scene'
  MATCH (n:Scene {id: $key})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
  UNION
  WITH $type AS t WHERE t = 'casing'
  MATCH (n:Casing {evidenceId: $key})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
  UNION
  WITH $type AS t WHERE t = 'sale'
  MATCH (n:Sale {id: $key})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
  UNION
  WITH $type AS t WHERE t = 'recovery'
  MATCH (n:Recovery {id: $key})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
  UNION
  WITH $type AS t WHERE t = 'trace'
  MATCH (n:Trace {id: $key})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
  UNION
  WITH $type AS t WHERE t = 'lead'
  MATCH (n:Lead {id: $key})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
  UNION
  WITH $type AS t WHERE t = 'theft'
  MATCH (n:TheftReport {id: $key})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
  UNION
  WITH $type AS t WHERE t = 'association'
  MATCH (:Person {id: split($key, '>')[0]})-[n:ASSOCIATE_OF]->(:Person {id: split($key, '>')[1]})
  RETURN n.sourceIds AS ids, n.valueSourceId AS held
}
UNWIND coalesce(ids, []) AS sid
MATCH (s:Source {id: sid})
WITH s, held WHERE $afterSort IS NULL OR s.receivedAt < datetime($afterSort) OR (s.receivedAt = datetime($afterSort) AND s.id < $afterId)
RETURN s {.*, holdsValues: coalesce(s.id = held, false)} AS node, toString(s.receivedAt) AS sort, s.id AS id
ORDER BY s.receivedAt DESC, s.id DESC
LIMIT toInteger($limit)
