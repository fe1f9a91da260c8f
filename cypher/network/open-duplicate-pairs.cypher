// Duplicate candidates awaiting an analyst's review, best first (range index
// duplicate_candidate_score: equality on status, range on score): the network job says which
// of them would join two networks, so reviewing those first rejoins what duplicates split.
MATCH (c:DuplicateCandidate)
WHERE c.status = 'OPEN' AND c.score >= $minScore
RETURN c.id AS candidateId, c.personA AS a, c.personB AS b, c.score AS score
ORDER BY c.score DESC, c.id
LIMIT toInteger($limit)
