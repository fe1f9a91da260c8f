// Betweenness centrality over people and guns: who sits between purchasers and possessors
// (a broker). Exact (every node a source, Brandes 2001) while the projection is small; beyond
// that, estimated from $samplingSize seeded source nodes (Brandes and Pich 2007, GDS
// `samplingSize`): exact Brandes costs nodes × relationships, which at a few hundred thousand
// projected nodes is minutes, while a sample keeps the order of brokers within a network. One
// thread when sampling: with several, the sampled sources (and the scores) change from run to run.
CALL gds.betweenness.mutate($graphName, CASE
  WHEN $samplingSize IS NULL THEN {
    nodeLabels: ['Person', 'Firearm'],
    relationshipTypes: ['*'],
    mutateProperty: 'betweenness'
  }
  ELSE {
    nodeLabels: ['Person', 'Firearm'],
    relationshipTypes: ['*'],
    mutateProperty: 'betweenness',
    samplingSize: toInteger($samplingSize),
    samplingSeed: 20070101,
    concurrency: 1
  }
END)
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten
