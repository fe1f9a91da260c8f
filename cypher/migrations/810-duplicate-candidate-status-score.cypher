CREATE RANGE INDEX duplicate_candidate_score IF NOT EXISTS FOR (n:DuplicateCandidate) ON (n.status, n.score)
