// Betweenness centrality over people and guns: who sits between purchasers and possessors
// (a broker). Exact: components are small, and Brandes' algorithm only walks each component.
CALL gds.betweenness.mutate($graphName, {
  nodeLabels: ['Person', 'Firearm'],
  relationshipTypes: ['*'],
  mutateProperty: 'betweenness'
})
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten
