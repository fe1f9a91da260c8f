// totalCount of a casing list (range index casing_recovered_at).
MATCH (c:Casing)
WHERE c.recoveredAt >= datetime($from) AND c.recoveredAt <= datetime($to)
  AND ($caliber IS NULL OR c.caliber = $caliber)
  AND ($testFire IS NULL OR c.testFire = $testFire)
  AND ($inNibin IS NULL OR (c.submittedToNibinAt IS NOT NULL) = $inNibin)
RETURN count(c) AS total
