CREATE RANGE INDEX audit_event_subject IF NOT EXISTS FOR (n:AuditEvent) ON (n.subject)
