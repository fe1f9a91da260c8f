CREATE RANGE INDEX trace_requested_at IF NOT EXISTS FOR (n:Trace) ON (n.requestedAt)
