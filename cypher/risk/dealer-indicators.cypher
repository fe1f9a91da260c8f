// The stored indicator breakdown of the given dealers, in catalogue order. Starts from the
// unique DealerRisk.license; a dozen indicators per dealer.
UNWIND $keys AS key
MATCH (r:DealerRisk {license: key})-[:HAS_INDICATOR]->(i:RiskIndicator)
WITH key, i ORDER BY i.position
RETURN key, collect(i {.key, .value, .detail, .percentile, .peerGroup, .peerCount, .weight, .contribution}) AS value
