// A keyset page of licensees by license number (unique constraint ffl_license gives the order);
// state and license type filter the rows walked.
MATCH (f:Ffl)
WHERE f.license > coalesce($afterId, '')
  AND ($state IS NULL OR f.state = $state)
  AND ($licenseTypes IS NULL OR f.licenseType IN $licenseTypes)
WITH f ORDER BY f.license LIMIT toInteger($limit)
RETURN f AS node, null AS sort, f.license AS id
