CREATE RANGE INDEX lead_correlated_at IF NOT EXISTS FOR (n:Lead) ON (n.correlatedAt)
