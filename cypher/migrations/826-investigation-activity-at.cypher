// Each investigation's own activity log (saved, shared, opened), newest first.
CREATE RANGE INDEX investigation_activity_at IF NOT EXISTS FOR (n:InvestigationActivity) ON (n.investigationId, n.at)
