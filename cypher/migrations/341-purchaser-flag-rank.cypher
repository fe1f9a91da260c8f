CREATE RANGE INDEX purchaser_flag_rank IF NOT EXISTS FOR (f:PurchaserFlag) ON (f.rank)
