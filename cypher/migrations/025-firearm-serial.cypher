CREATE RANGE INDEX firearm_serial IF NOT EXISTS FOR (n:Firearm) ON (n.serial)
