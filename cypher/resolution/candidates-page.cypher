// Candidate pairs with a status, best score first (index duplicate_candidate_score), keyset after ($afterSort, $afterId).
MATCH (c:DuplicateCandidate)
WHERE c.status = $status AND c.score >= $minScore
  AND ($afterSort IS NULL OR c.score < $afterSort OR (c.score = $afterSort AND c.id > $afterId))
WITH c ORDER BY c.score DESC, c.id ASC LIMIT toInteger($limit)
RETURN c {.id, .score, .status, .reasons, .personA, .personB, decidedBy: c.decidedBy, decidedAt: toString(c.decidedAt), computedAt: toString(c.computedAt)} AS node,
       c.score AS sort, c.id AS id
