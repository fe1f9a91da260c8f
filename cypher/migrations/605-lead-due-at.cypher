// Referrals by due time: overdue referrals in the daily brief.
CREATE RANGE INDEX lead_due_at IF NOT EXISTS FOR (n:Lead) ON (n.dueAt)
