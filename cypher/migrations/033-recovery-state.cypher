CREATE RANGE INDEX recovery_state IF NOT EXISTS FOR (n:Recovery) ON (n.state)
