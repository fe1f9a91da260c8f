// The decision epoch: read before an import checks a batch, and again in the batch's write transaction
// once it holds the shared lock (decision-epoch-shared.cypher); the two must agree for the batch to be
// written as checked (src/import/decision-epoch.data.ts). A graph emptied by hand has no epoch node until
// the next import or decision creates it (decision-epoch-shared.cypher): it reads as 0 meanwhile.
// Starts from the decision_epoch_name constraint.
OPTIONAL MATCH (e:DecisionEpoch {name: 'decisions'})
RETURN coalesce(e.value, 0) AS epoch
