// Applies one workflow transition to a lead (lead_id, locked by lead/lock-state) and appends its
// history entry (LeadTransition, keyed (leadId, n): n counts the lead's transitions from 1).
// Date-time properties arrive as ISO strings (or null) and are stored as DateTime.
MATCH (l:Lead {id: $id})
SET l.transitions = coalesce(l.transitions, 0) + 1, l.announcedStatus = CASE WHEN 'status' IN keys($set) THEN $set.status ELSE l.status END
SET l.status = CASE WHEN 'status' IN keys($set) THEN $set.status ELSE l.status END,
    l.reviewedBy = CASE WHEN 'reviewedBy' IN keys($set) THEN $set.reviewedBy ELSE l.reviewedBy END,
    l.referredBy = CASE WHEN 'referredBy' IN keys($set) THEN $set.referredBy ELSE l.referredBy END,
    l.assignee = CASE WHEN 'assignee' IN keys($set) THEN $set.assignee ELSE l.assignee END,
    l.outcome = CASE WHEN 'outcome' IN keys($set) THEN $set.outcome ELSE l.outcome END,
    l.outcomeBy = CASE WHEN 'outcomeBy' IN keys($set) THEN $set.outcomeBy ELSE l.outcomeBy END,
    l.closedBy = CASE WHEN 'closedBy' IN keys($set) THEN $set.closedBy ELSE l.closedBy END,
    l.reviewedAt = CASE WHEN NOT 'reviewedAt' IN keys($set) THEN l.reviewedAt WHEN $set.reviewedAt IS NULL THEN null ELSE datetime($set.reviewedAt) END,
    l.referredAt = CASE WHEN NOT 'referredAt' IN keys($set) THEN l.referredAt WHEN $set.referredAt IS NULL THEN null ELSE datetime($set.referredAt) END,
    l.dueAt = CASE WHEN NOT 'dueAt' IN keys($set) THEN l.dueAt WHEN $set.dueAt IS NULL THEN null ELSE datetime($set.dueAt) END,
    l.outcomeAt = CASE WHEN NOT 'outcomeAt' IN keys($set) THEN l.outcomeAt WHEN $set.outcomeAt IS NULL THEN null ELSE datetime($set.outcomeAt) END,
    l.closedAt = CASE WHEN NOT 'closedAt' IN keys($set) THEN l.closedAt WHEN $set.closedAt IS NULL THEN null ELSE datetime($set.closedAt) END
CREATE (l)-[:HAS_TRANSITION]->(t:LeadTransition {
  leadId: l.id, n: l.transitions, at: datetime($at), action: $action, actor: $actor, actorAgencyOri: $actorAgencyOri,
  fromStatus: $fromStatus, toStatus: l.status, note: $note, assignee: $assignee,
  dueAt: CASE WHEN $dueAt IS NULL THEN null ELSE datetime($dueAt) END, outcome: $outcome
})
RETURN t.n AS n
