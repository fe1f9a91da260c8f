// Link charts (mostConnected): projects one chart into the GDS catalog under a per-request name,
// as an undirected graph (a link chart has no direction that matters for centrality).
// Starts from the chart's links by element id (NodeByElementIdSeek on both ends); bounded by the
// chart's size (the API caps a chart at 1000 nodes). The caller drops it in a finally block.
UNWIND $links AS link
MATCH (s) WHERE elementId(s) = link.s
MATCH (t) WHERE elementId(t) = link.t
WITH gds.graph.project($graph, s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS links
