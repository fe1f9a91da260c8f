CREATE RANGE INDEX casing_caliber IF NOT EXISTS FOR (n:Casing) ON (n.caliber)
