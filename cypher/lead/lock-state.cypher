// The workflow state of one lead (lead_id), locked for the rest of the write transaction so two
// reviewers cannot both act on the state they read (the second waits, then sees the first's change).
// The lead is found again after the lock: Neo4j's planner reads (caches) the properties a statement returns
// where it first finds the node, so read through the node the lock was taken on they were those from before
// the lock, and a reviewer waiting for another's transition decided on the state that transition replaced.
MATCH (locked:Lead {id: $id})
CALL apoc.lock.nodes([locked])
WITH locked
MATCH (l:Lead {id: $id})
RETURN l.status AS status, toString(l.reviewedAt) AS reviewedAt, l.reviewedBy AS reviewedBy,
       toString(l.referredAt) AS referredAt, l.assignee AS assignee, toString(l.dueAt) AS dueAt,
       l.outcome AS outcome, toString(l.closedAt) AS closedAt, coalesce(l.transitions, 0) AS transitions
