// A decision that wrote to its record, or an import batch that wrote corrections, moves the decision
// epoch on in its own transaction (which holds the exclusive lock): an import that checked its records
// before this commit finds another epoch under its lock and checks them again
// (cypher/import/decision-epoch-shared.cypher). The node exists: the transaction's first statement
// MERGEd and locked it.
// Starts from the decision_epoch_name constraint.
MATCH (e:DecisionEpoch {name: 'decisions'})
SET e.value = e.value + 1
RETURN e.value AS epoch
