// Completed-trace reports and time-to-crime statistics start from completion dates.
CREATE RANGE INDEX trace_completed_at IF NOT EXISTS FOR (n:Trace) ON (n.completedAt)
