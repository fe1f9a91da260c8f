// The workflow fields of each lead (lead_id), as strings for the API.
UNWIND $keys AS key
MATCH (l:Lead {id: key})
RETURN key, {
  reviewedBy: l.reviewedBy, referredAt: toString(l.referredAt), referredBy: l.referredBy, assignee: l.assignee,
  dueAt: toString(l.dueAt), outcome: l.outcome, outcomeAt: toString(l.outcomeAt), closedAt: toString(l.closedAt), closedBy: l.closedBy
} AS value
