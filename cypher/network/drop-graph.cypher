// Drops a projection made by the analysis job (no error when it is already gone).
CALL gds.graph.drop($graphName, false)
YIELD graphName
RETURN graphName
