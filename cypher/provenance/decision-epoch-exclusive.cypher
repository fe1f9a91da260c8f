// A supervisor's decision takes the decision epoch's EXCLUSIVE lock first, before it locks its record
// or reads anything (docs/import.md, "A decision is checked like an import"): it waits for every import
// transaction that is writing (each holds the shared lock, cypher/import/decision-epoch-shared.cypher),
// so its check sees what they wrote, and no import writes until it commits. This closes what locking
// the decided record alone left open: a write to a record the check reads but that is not the decided
// record (a new sale of the decided recovery's gun). An import batch that corrects a value other
// records depend on takes it the same way (src/import/decision-epoch.data.ts). Always before any
// record's lock, in every transaction, so the locks are never taken in opposite orders. apoc.lock.nodes takes the lock
// without writing (a refused decision writes nothing, unless it had to create the missing node).
// The migrations create the node; MERGE creates it again in a graph emptied by hand (at 0, so an import
// that read 0 while it was missing writes as checked; any other value it read has it checked again).
// Starts from the decision_epoch_name constraint.
MERGE (e:DecisionEpoch {name: 'decisions'})
  ON CREATE SET e.value = 0
WITH e
CALL apoc.lock.nodes([e])
RETURN true AS locked
