// The best-ranked dealers of the last analysis run, for the planted-truth quality check.
// Uses the dealer_risk_rank range index (ordered, limited).
MATCH (r:DealerRisk)
WHERE r.rank >= 1
RETURN r.license AS license, r.rank AS rank, r.score AS score
ORDER BY r.rank
LIMIT toInteger($limit)
