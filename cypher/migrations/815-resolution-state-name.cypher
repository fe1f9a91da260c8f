CREATE CONSTRAINT resolution_state_name IF NOT EXISTS FOR (n:ResolutionState) REQUIRE n.name IS UNIQUE
