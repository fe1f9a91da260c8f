// Reads the algorithms' results back from the projection: one row per person or gun with its
// component, community, PageRank and betweenness.
CALL gds.graph.nodeProperties.stream($graphName, ['component', 'community', 'pagerank', 'betweenness'], ['Person', 'Firearm'])
YIELD nodeId, nodeProperty, propertyValue
WITH nodeId, collect([nodeProperty, propertyValue]) AS props
WITH gds.util.asNode(nodeId) AS n, props
RETURN CASE WHEN n:Person THEN 'Person' ELSE 'Firearm' END AS kind, n.id AS id,
       [x IN props WHERE x[0] = 'component'][0][1] AS component,
       [x IN props WHERE x[0] = 'community'][0][1] AS community,
       [x IN props WHERE x[0] = 'pagerank'][0][1] AS pagerank,
       [x IN props WHERE x[0] = 'betweenness'][0][1] AS betweenness
