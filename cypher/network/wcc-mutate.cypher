// Weakly connected components over people and guns (dealers left out: one dealer sells to
// many unrelated buyers and would join them all: filtering the node labels drops their SOLD
// relationships too). Writes `component` into the projection only.
CALL gds.wcc.mutate($graphName, {
  nodeLabels: ['Person', 'Firearm'],
  relationshipTypes: ['*'],
  mutateProperty: 'component'
})
YIELD componentCount
RETURN componentCount
