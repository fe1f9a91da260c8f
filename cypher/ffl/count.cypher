// totalCount of a licensee list (ffl_license index scan with the same filters).
MATCH (f:Ffl)
WHERE f.license IS NOT NULL
  AND ($state IS NULL OR f.state = $state)
  AND ($licenseTypes IS NULL OR f.licenseType IN $licenseTypes)
RETURN count(f) AS total
