// A keyset page of one lead's history, oldest first, seeking on lead_transition_lead_n.
MATCH (t:LeadTransition)
WHERE t.leadId = $leadId AND t.n > coalesce(toInteger($afterSort), 0)
WITH t ORDER BY t.n LIMIT toInteger($limit)
RETURN t {.*, at: toString(t.at), dueAt: toString(t.dueAt)} AS node, t.n AS sort, toString(t.n) AS id
