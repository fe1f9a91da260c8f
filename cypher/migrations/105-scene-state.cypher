// Scenes by state (interstate and regional views), like recovery_state.
CREATE RANGE INDEX scene_state IF NOT EXISTS FOR (n:Scene) ON (n.state)
