// Firearms with this serial (range index firearm_serial); serials repeat across makes, so a list.
MATCH (f:Firearm {serial: $serial})
RETURN f AS firearm
ORDER BY f.make, f.id
LIMIT toInteger($max)
