CREATE CONSTRAINT risk_indicator_id IF NOT EXISTS FOR (n:RiskIndicator) REQUIRE n.id IS UNIQUE
