CREATE RANGE INDEX firearm_caliber IF NOT EXISTS FOR (n:Firearm) ON (n.caliber)
