// "Who looked at this person?": every audit record has one AuditTouch per person it names;
// (personId, at) lets audit/events-by-person seek on the person and range-scan the time window.
CREATE RANGE INDEX audit_touch_person_at IF NOT EXISTS FOR (n:AuditTouch) ON (n.personId, n.at)
