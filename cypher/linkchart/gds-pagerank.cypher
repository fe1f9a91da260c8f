// Link charts (mostConnected): PageRank over a projected chart (see gds-project.cypher).
// Streams one row per chart node; bounded by the chart's size.
CALL gds.pageRank.stream($graph, {maxIterations: 20, dampingFactor: 0.85})
YIELD nodeId, score
RETURN elementId(gds.util.asNode(nodeId)) AS eid, score
