// The content hash of every dealer's stored trace-coverage estimate (label scan of DealerRisk, one
// per FFL). A dealer-risk rewrite replaces every property of the node, the hash with them, so a
// dealer whose risk was rewritten always gets its coverage written again.
MATCH (r:DealerRisk)
RETURN r.license AS license, r.coverageHash AS hash
