CREATE RANGE INDEX agency_state IF NOT EXISTS FOR (n:Agency) ON (n.state)
