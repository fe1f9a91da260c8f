// Trace outcome filters (PENDING traces, NOT_TRACEABLE guns).
CREATE RANGE INDEX trace_outcome IF NOT EXISTS FOR (n:Trace) ON (n.outcome)
