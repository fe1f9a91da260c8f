// totalCount of one lead's history (lead_transition_lead_n).
MATCH (t:LeadTransition) WHERE t.leadId = $leadId
RETURN count(t) AS total
