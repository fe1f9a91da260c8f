// A keyset page of casings, most recently collected first, from the range index casing_recovered_at.
MATCH (c:Casing)
WHERE c.recoveredAt >= datetime($from) AND c.recoveredAt <= datetime($until)
  AND ($afterId IS NULL OR c.recoveredAt < datetime($until) OR c.evidenceId < $afterId)
  AND ($caliber IS NULL OR c.caliber = $caliber)
  AND ($testFire IS NULL OR c.testFire = $testFire)
  AND ($inNibin IS NULL OR (c.submittedToNibinAt IS NOT NULL) = $inNibin)
WITH c ORDER BY c.recoveredAt DESC, c.evidenceId DESC LIMIT toInteger($limit)
RETURN c AS node, toString(c.recoveredAt) AS sort, c.evidenceId AS id
