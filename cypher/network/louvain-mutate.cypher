// Louvain communities (one thread, so a run is repeatable), used to split
// components too large to be one crew. Writes `community` into the projection only.
CALL gds.louvain.mutate($graphName, {
  nodeLabels: ['Person', 'Firearm'],
  relationshipTypes: ['*'],
  mutateProperty: 'community',
  concurrency: 1
})
YIELD communityCount
RETURN communityCount
