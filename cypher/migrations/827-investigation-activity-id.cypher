// Activity entries by id (the keyset tie-breaker of the activity log).
CREATE CONSTRAINT investigation_activity_id IF NOT EXISTS FOR (n:InvestigationActivity) REQUIRE n.id IS UNIQUE
