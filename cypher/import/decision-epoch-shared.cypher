// An import's write transaction takes the decision epoch's SHARED lock before it writes anything, and
// holds it to its commit: imports share it (they do not wait for each other), a supervisor's decision
// takes it exclusively (cypher/provenance/decision-epoch-exclusive.cypher) and so waits for the imports
// already writing, and they for it. The transaction then reads the epoch (decision-epoch.cypher): if it
// is not the one the import read before its checks, a decision changed a record since, and the checks
// are run again before anything is written (docs/import.md, "A decision is checked like an import").
// The read is a statement of its own, after this one: a read planned in the statement that locks may
// run before the lock (cypher/analysis/lock-acquire.cypher). A read lock writes nothing, so the
// transaction counts as a write only for what the import writes (CJIS AU-3: the audit record says what
// happened).
// The migrations create the node; MERGE creates it again in a graph emptied by hand (at 0, so an import
// that read 0 while it was missing writes as checked; any other value it read has it checked again).
// Starts from the decision_epoch_name constraint.
MERGE (e:DecisionEpoch {name: 'decisions'})
  ON CREATE SET e.value = 0
WITH e
CALL apoc.lock.read.nodes([e])
RETURN true AS locked
