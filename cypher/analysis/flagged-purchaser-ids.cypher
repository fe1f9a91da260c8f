// Every stored purchaser flag's person id, for the planted-truth quality check. Walks the
// purchaser_flag_rank range index in rank order.
MATCH (f:PurchaserFlag)
WHERE f.rank >= 1
RETURN f.personId AS personId, f.rank AS rank
ORDER BY f.rank
LIMIT toInteger($limit)
