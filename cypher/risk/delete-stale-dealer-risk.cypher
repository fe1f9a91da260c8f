// Removes dealer-risk results of earlier runs (dealers no longer in the graph) and the score
// they left on Ffl nodes. Label scan of DealerRisk (one per FFL).
MATCH (r:DealerRisk)
WHERE r.computedAt <> datetime($computedAt)
OPTIONAL MATCH (f:Ffl)-[:HAS_RISK]->(r)
REMOVE f.riskScore, f.riskComputedAt
DETACH DELETE r
