// Referrals by assignee: the investigator's own queue.
CREATE RANGE INDEX lead_assignee IF NOT EXISTS FOR (n:Lead) ON (n.assignee)
