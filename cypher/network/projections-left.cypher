// GDS projections made by the analysis job that are still in the catalogue (there should be
// none after a run: the job drops its projection in finally). Reads the GDS graph catalogue.
CALL gds.graph.list()
YIELD graphName
WITH graphName WHERE graphName STARTS WITH 'crimegun-trafficking-'
RETURN collect(graphName) AS graphs
