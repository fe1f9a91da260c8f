// How many candidate pairs have the status and at least the score.
MATCH (c:DuplicateCandidate)
WHERE c.status = $status AND c.score >= $minScore
RETURN count(c) AS total
