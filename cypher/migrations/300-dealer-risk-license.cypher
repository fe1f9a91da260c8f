CREATE CONSTRAINT dealer_risk_license IF NOT EXISTS FOR (n:DealerRisk) REQUIRE n.license IS UNIQUE
