CREATE RANGE INDEX network_rank IF NOT EXISTS FOR (n:Network) ON (n.rank)
