CREATE CONSTRAINT casing_evidence_id IF NOT EXISTS FOR (n:Casing) REQUIRE n.evidenceId IS UNIQUE
