// Open candidates the latest run no longer proposes (their records changed); decided ones stay as the record of a decision.
MATCH (c:DuplicateCandidate {status: 'OPEN'})
WHERE c.computedAt < datetime($computedAt)
DETACH DELETE c
