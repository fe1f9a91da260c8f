// Link charts (mostConnected): removes a chart's projection from the GDS catalog (always, in a
// finally block, so no request leaves memory behind). failIfMissing false: dropping twice is harmless.
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName
