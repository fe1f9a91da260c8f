// Whether a conflict is about a lead's review (status, reviewedAt) that the lead workflow has taken over
// (`transitions` > 0, cypher/lead/apply-transition.cypher). Such a review changes only through the audited
// workflow (reopenLead with a reason, then confirmLead/rejectLead; a referred hit gets an outcome and is closed),
// never by writing a source's value over it, so resolve-conflict may not keep the incoming value. The lead is
// locked for the rest of the transaction, as a transition locks it, so no transition slips in between the check
// and the resolution. Returns one row when held, none otherwise. Starts from the conflict_id and lead_id constraints.
MATCH (c:Conflict {id: $id})
WHERE c.label = 'Lead' AND c.field IN ['status', 'reviewedAt']
MATCH (locked:Lead {id: c.key})
CALL apoc.lock.nodes([locked])
// Found again after the lock, so its transitions and status are read after it (cypher/lead/lock-state.cypher).
WITH c
MATCH (l:Lead {id: c.key})
WITH l
WHERE coalesce(l.transitions, 0) > 0
RETURN l.status AS status
