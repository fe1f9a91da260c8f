CREATE CONSTRAINT purchaser_flag_person IF NOT EXISTS FOR (f:PurchaserFlag) REQUIRE f.personId IS UNIQUE
