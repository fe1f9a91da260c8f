// Removes purchaser flags of earlier runs. Label scan of PurchaserFlag (flagged people only).
MATCH (f:PurchaserFlag)
WHERE f.computedAt <> datetime($computedAt)
DETACH DELETE f
