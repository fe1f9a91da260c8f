CREATE RANGE INDEX dealer_risk_under_observed_rank IF NOT EXISTS FOR (n:DealerRisk) ON (n.underObserved, n.rank)
