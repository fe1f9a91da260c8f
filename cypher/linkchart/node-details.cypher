// Link charts: labels and properties of the nodes a chart keeps (the rings return keys only, so
// properties are read once per kept node, never for nodes the limit leaves out).
// Starts from element ids (NodeByElementIdSeek); bounded by the chart's node limit.
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
RETURN eid, labels(n) AS labels, properties(n) AS props
