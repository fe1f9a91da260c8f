CREATE RANGE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at)
