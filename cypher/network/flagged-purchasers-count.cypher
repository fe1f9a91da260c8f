// How many purchasers the last analysis run flagged (optionally of one network typology). Label
// scan of PurchaserFlag (flagged people only), only when totalCount is asked for.
MATCH (f:PurchaserFlag)
WHERE $typology IS NULL OR f.typology = $typology
RETURN count(f) AS total
