CREATE CONSTRAINT straw_purchase_indicators_person_id IF NOT EXISTS FOR (n:StrawPurchaseIndicators) REQUIRE n.personId IS UNIQUE
