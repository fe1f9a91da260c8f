CREATE CONSTRAINT duplicate_candidate_id IF NOT EXISTS FOR (n:DuplicateCandidate) REQUIRE n.id IS UNIQUE
