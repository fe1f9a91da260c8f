// Each gun's first retail sale and first recovery as stored, no record left out: what the chronology
// rules of a new sale or recovery read (the first retail sale comes before any recovery, so time-to-crime
// is never negative). Read before the checks (chronology-facts.cypher returns the same two values) and
// again under the guns' locks (first-dates-lock.cypher) just before the write: another value means another
// import wrote a sale or recovery of the gun in between, and the batch is checked again.
// Starts from the firearm_id constraint.
UNWIND $firearms AS k
MATCH (f:Firearm {id: k})
CALL (f) { OPTIONAL MATCH (s:Sale)-[:OF_FIREARM]->(f) RETURN min(s.soldOn) AS soldOn }
CALL (f) { OPTIONAL MATCH (x:Recovery)-[:OF_FIREARM]->(f) RETURN min(x.recoveredOn) AS recoveredOn }
RETURN k AS key, toString(soldOn) AS soldOn, toString(recoveredOn) AS recoveredOn
