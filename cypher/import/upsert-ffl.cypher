// Idempotent batch upsert of dealer (FFL) records; starts from the ffl_license constraint.
UNWIND $rows AS r
MERGE (f:Ffl {license: r.license})
SET f.name = r.name, f.licenseType = r.licenseType, f.premisesAddress = r.premisesAddress,
    f.city = r.city, f.state = r.state,
    f.location = point({latitude: r.latitude, longitude: r.longitude})
