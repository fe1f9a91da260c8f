// An analyst's decision on a candidate pair. CONFIRMED links the two records SAME_AS (never a
// merge: both records, their sources and provenance stay); REJECTED removes a link this pair
// made. Deciding again the same way changes nothing; a different decision than the recorded one
// changes nothing either (the caller answers CONFLICT) unless it reopens the pair first ($status OPEN).
MATCH (c:DuplicateCandidate {id: $id})
WITH c, c.status AS before
CALL (c, before) {
  WITH c, before WHERE before <> $status AND (before = 'OPEN' OR $status = 'OPEN')
  SET c.status = $status, c.decidedBy = $subject, c.decidedByAgency = $agencyOri, c.decidedAt = datetime($at), c.note = $note
}
WITH c, before
MATCH (a:Person {id: c.personA}), (b:Person {id: c.personB})
CALL (c, a, b) {
  WITH c, a, b WHERE c.status = 'CONFIRMED'
  MERGE (a)-[s:SAME_AS {candidateId: c.id}]->(b)
  ON CREATE SET s.confirmedBy = c.decidedBy, s.confirmedAt = c.decidedAt, s.score = c.score
}
CALL (c, a, b) {
  WITH c, a, b WHERE c.status <> 'CONFIRMED'
  MATCH (a)-[s:SAME_AS {candidateId: c.id}]->(b)
  DELETE s
}
RETURN before, c {.id, .score, .status, .reasons, .personA, .personB, decidedBy: c.decidedBy, decidedAt: toString(c.decidedAt), computedAt: toString(c.computedAt)} AS node
