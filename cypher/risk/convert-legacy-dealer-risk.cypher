// Converts up to $batch DealerRisk nodes stored in the earlier layout (seven properties per
// indicator: value_<KEY>, percentile_<KEY>, peerGroup_<KEY>, peerCount_<KEY>, weight_<KEY>,
// contribution_<KEY>, detail_<KEY>) to the current one (`breakdown`, JSON text), in place, so a
// reader never sees a dealer without its breakdown. Run in small transactions before a run's
// store: rewriting every legacy node inside the run's one store transaction drops a hundred
// properties per dealer there and exceeded the transaction memory limit at scale M.
// Label scan of DealerRisk (one per FFL; only until no legacy node is left).
MATCH (r:DealerRisk)
WHERE r.breakdown IS NULL AND r.score IS NOT NULL
WITH r LIMIT toInteger($batch)
WITH r, [k IN keys(r) WHERE k STARTS WITH 'weight_' | substring(k, 7)] AS indicatorKeys
SET r.breakdown = apoc.convert.toJson([key IN indicatorKeys | {
  key: key, value: r['value_' + key], percentile: r['percentile_' + key], peerGroup: r['peerGroup_' + key],
  peerCount: r['peerCount_' + key], weight: r['weight_' + key], contribution: r['contribution_' + key], detail: r['detail_' + key]
}])
WITH r, [k IN keys(r) WHERE any(p IN ['value_', 'percentile_', 'peerGroup_', 'peerCount_', 'weight_', 'contribution_', 'detail_'] WHERE k STARTS WITH p)] AS legacy
SET r = apoc.map.removeKeys(properties(r), legacy)
RETURN count(r) AS converted
