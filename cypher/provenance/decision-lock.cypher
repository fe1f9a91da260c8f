// The record a supervisor's decision on conflict $id writes to, locked for the rest of the decision's write
// transaction before the decision reads anything (docs/import.md, A decision is checked like an import): an
// import that writes the record, or creates or deletes a link to or from it (Neo4j locks both ends of a
// relationship it creates or deletes), waits until the decision commits or rolls back, so the record the
// check reads is the record the decision writes. apoc.lock.nodes (apoc.lock.rels for an association) takes
// the write lock without writing: a SET of a property to itself takes it too, but counts as a change, and
// the decision's transaction would then carry the request's audit record of a write even when the decision
// is refused and writes nothing (CJIS AU-3: the audit record says what happened). Its own statement, run
// before the reads: a read in the statement that locks may be planned before the lock
// (cypher/analysis/lock-acquire.cypher).
// Returns the record's element id (null when the record is gone): the decision's other statements
// (decision-record.cypher, resolve-conflict.cypher) find the record from it, so this is the one place a
// conflict's label is dispatched to its record's uniqueness constraint. No row: no such conflict.
// Starts from the conflict_id constraint; the record from its own.
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
CALL apoc.lock.nodes(CASE WHEN n IS NULL OR c.label = 'ASSOCIATE_OF' THEN [] ELSE [n] END)
CALL apoc.lock.rels(CASE WHEN n IS NOT NULL AND c.label = 'ASSOCIATE_OF' THEN [n] ELSE [] END)
RETURN elementId(n) AS record
