// Stores candidate pairs of one resolution run. A pair an analyst already decided keeps its
// decision, score and reasons (what the analyst saw); open pairs get this run's score.
UNWIND $rows AS row
MERGE (c:DuplicateCandidate {id: row.id})
ON CREATE SET c.status = 'OPEN', c.createdAt = datetime($computedAt)
SET c.computedAt = datetime($computedAt)
WITH c, row
CALL (c, row) {
  WITH c, row WHERE c.status = 'OPEN'
  SET c.score = row.score, c.reasons = row.reasons, c.personA = row.a, c.personB = row.b
}
WITH c, row
MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
MERGE (c)-[:ABOUT]->(a)
MERGE (c)-[:ABOUT]->(b)
