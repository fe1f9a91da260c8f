CREATE RANGE INDEX casing_recovered_at IF NOT EXISTS FOR (n:Casing) ON (n.recoveredAt)
