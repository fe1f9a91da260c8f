// A keyset page of firearms by id (unique constraint firearm_id gives the order); filters are
// predicates on the rows walked. Use firearmBySerial to find a serial.
MATCH (f:Firearm)
WHERE f.id > coalesce($afterId, '')
  AND ($caliber IS NULL OR f.caliber = $caliber)
  AND ($make IS NULL OR f.make = $make)
  AND ($kinds IS NULL OR f.kind IN $kinds)
  AND ($serialObliterated IS NULL OR coalesce(f.serialObliterated, false) = $serialObliterated)
WITH f ORDER BY f.id LIMIT toInteger($limit)
RETURN f AS node, null AS sort, f.id AS id
