// The workflow state of one lead (lead_id), locked for the rest of the write transaction so two
// reviewers cannot both act on the state they read (the second waits, then sees the first's change).
MATCH (l:Lead {id: $id})
CALL apoc.lock.nodes([l])
RETURN l.status AS status, toString(l.reviewedAt) AS reviewedAt, l.reviewedBy AS reviewedBy,
       toString(l.referredAt) AS referredAt, l.assignee AS assignee, toString(l.dueAt) AS dueAt,
       l.outcome AS outcome, toString(l.closedAt) AS closedAt, coalesce(l.transitions, 0) AS transitions
