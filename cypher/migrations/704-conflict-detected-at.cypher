CREATE RANGE INDEX conflict_detected_at IF NOT EXISTS FOR (n:Conflict) ON (n.detectedAt)
