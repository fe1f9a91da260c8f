// totalCount of a firearm list (firearm_id index scan with the same filters).
MATCH (f:Firearm)
WHERE f.id IS NOT NULL
  AND ($caliber IS NULL OR f.caliber = $caliber)
  AND ($make IS NULL OR f.make = $make)
  AND ($kinds IS NULL OR f.kind IN $kinds)
  AND ($serialObliterated IS NULL OR coalesce(f.serialObliterated, false) = $serialObliterated)
RETURN count(f) AS total
