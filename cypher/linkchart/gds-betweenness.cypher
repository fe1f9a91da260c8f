// Link charts (mostConnected): betweenness centrality over a projected chart (who bridges the
// chart's clusters, e.g. a trafficking broker between straw purchasers and possessors).
// Exact (no sampling): a chart has at most 1000 nodes. Streams one row per chart node.
CALL gds.betweenness.stream($graph)
YIELD nodeId, score
RETURN elementId(gds.util.asNode(nodeId)) AS eid, score
