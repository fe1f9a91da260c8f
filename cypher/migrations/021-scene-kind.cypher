CREATE RANGE INDEX scene_kind IF NOT EXISTS FOR (n:Scene) ON (n.kind)
