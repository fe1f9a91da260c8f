CREATE RANGE INDEX recovery_recovered_on IF NOT EXISTS FOR (n:Recovery) ON (n.recoveredOn)
