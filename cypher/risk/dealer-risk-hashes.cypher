// The content hash of every stored dealer-risk result (label scan of DealerRisk, one per FFL):
// the analysis job rewrites only the dealers whose result changed since the last run.
MATCH (r:DealerRisk)
RETURN r.license AS license, r.contentHash AS hash
