// Reads the algorithms' results back from the projection: one row per person with PageRank and
// betweenness.
CALL gds.graph.nodeProperties.stream($graphName, ['pagerank', 'betweenness'], ['Person'])
YIELD nodeId, nodeProperty, propertyValue
WITH nodeId, collect([nodeProperty, propertyValue]) AS props
WITH gds.util.asNode(nodeId) AS n, props
RETURN n.id AS id,
       [x IN props WHERE x[0] = 'pagerank'][0][1] AS pagerank,
       [x IN props WHERE x[0] = 'betweenness'][0][1] AS betweenness
