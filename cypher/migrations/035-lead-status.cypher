CREATE RANGE INDEX lead_status IF NOT EXISTS FOR (n:Lead) ON (n.status)
