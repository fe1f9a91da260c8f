CREATE RANGE INDEX straw_purchase_indicators_computed_at IF NOT EXISTS FOR (n:StrawPurchaseIndicators) ON (n.computedAt)
