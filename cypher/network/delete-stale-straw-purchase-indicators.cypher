// Removes straw-purchase indicators of earlier runs (people with no signal any more). Uses the
// straw_purchase_indicators_computed_at range index.
MATCH (x:StrawPurchaseIndicators)
WHERE x.computedAt < datetime($computedAt)
DETACH DELETE x
