CREATE RANGE INDEX risk_indicator_computed_at IF NOT EXISTS FOR (n:RiskIndicator) ON (n.computedAt)
