// Saved investigations (link charts kept under a name): one node per investigation, found by id.
CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (n:Investigation) REQUIRE n.id IS UNIQUE
