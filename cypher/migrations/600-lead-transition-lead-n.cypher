// A lead's history, in order: keyset pages of LeadTransition seek on (leadId, n).
CREATE RANGE INDEX lead_transition_lead_n IF NOT EXISTS FOR (n:LeadTransition) ON (n.leadId, n.n)
