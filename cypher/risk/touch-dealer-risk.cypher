// Marks stored dealer-risk results whose content this run computed unchanged as this run's: the
// run's timestamp on the DealerRisk node and on its Ffl, instead of rewriting a hundred breakdown
// properties. Starts from the unique Ffl.license and DealerRisk.license; the MERGE keeps the link
// even if the Ffl node was re-created since the result was stored.
UNWIND $licenses AS license
MATCH (f:Ffl {license: license})
MATCH (r:DealerRisk {license: license})
SET r.computedAt = datetime($computedAt), f.riskComputedAt = datetime($computedAt)
MERGE (f)-[:HAS_RISK]->(r)
