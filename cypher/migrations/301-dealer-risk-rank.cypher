CREATE RANGE INDEX dealer_risk_rank IF NOT EXISTS FOR (n:DealerRisk) ON (n.rank)
