CREATE RANGE INDEX scene_occurred_at IF NOT EXISTS FOR (n:Scene) ON (n.occurredAt)
