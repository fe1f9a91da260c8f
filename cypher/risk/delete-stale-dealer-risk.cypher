// Removes dealer-risk results of earlier runs (dealers no longer in the graph). Label scan of
// DealerRisk (one per FFL).
MATCH (r:DealerRisk)
WHERE r.computedAt <> datetime($computedAt)
OPTIONAL MATCH (r)-[:HAS_INDICATOR]->(i:RiskIndicator)
DETACH DELETE r, i
