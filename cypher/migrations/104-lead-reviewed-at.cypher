// Lead review queues and review-time statistics.
CREATE RANGE INDEX lead_reviewed_at IF NOT EXISTS FOR (n:Lead) ON (n.reviewedAt)
