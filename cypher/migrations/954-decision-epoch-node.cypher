// The decision epoch exists before the first import or decision: both lock this one node, so it is
// never created by a writer racing another.
MERGE (e:DecisionEpoch {name: 'decisions'})
ON CREATE SET e.value = 0
