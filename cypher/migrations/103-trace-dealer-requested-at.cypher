// Unanswered dealer requests (asked more than 24 h ago, no response) start from the request time.
CREATE RANGE INDEX trace_dealer_requested_at IF NOT EXISTS FOR (n:Trace) ON (n.dealerRequestedAt)
