// What the timeliness of each lead needs: its workflow times and the casing whose NIBIN entry
// produced the correlation (the later entered of the pair). Starts from lead_id.
UNWIND $keys AS key
MATCH (l:Lead {id: key})-[:CORRELATES]->(c:Casing)
WITH key, l, c ORDER BY c.submittedToNibinAt DESC, c.evidenceId
WITH key, l, collect(c)[0] AS newer
RETURN key, {
  recoveredAt: toString(newer.recoveredAt), enteredAt: toString(newer.submittedToNibinAt),
  correlatedAt: toString(l.correlatedAt), reviewedAt: toString(l.reviewedAt), referredAt: toString(l.referredAt),
  status: l.status, dueAt: toString(l.dueAt), outcome: l.outcome, closedAt: toString(l.closedAt)
} AS value
