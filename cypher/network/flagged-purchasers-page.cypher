// A keyset page of flagged purchasers, best-ranked first, optionally of one network typology.
// Walks the purchaser_flag_rank range index from the cursor's rank.
MATCH (f:PurchaserFlag)
WHERE f.rank > coalesce($afterSort, 0)
  AND ($typology IS NULL OR f.typology = $typology)
WITH f ORDER BY f.rank LIMIT toInteger($limit)
RETURN f {.*, computedAt: f.computedAt} AS node, f.rank AS sort, f.personId AS id
