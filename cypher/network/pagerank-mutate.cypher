// PageRank over people and guns: who the trafficking flows concentrate on. Projection only.
CALL gds.pageRank.mutate($graphName, {
  nodeLabels: ['Person', 'Firearm'],
  relationshipTypes: ['*'],
  mutateProperty: 'pagerank'
})
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten
