// Supervisors read their own agency's audit trail, newest first: (agencyOri, at) lets
// audit/events-by-time seek on the agency and range-scan the time window.
CREATE RANGE INDEX audit_event_agency_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.agencyOri, n.at)
