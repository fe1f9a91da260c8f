// Reads dealers back in import-record shape; starts from the ffl_license constraint.
UNWIND $keys AS k
MATCH (f:Ffl {license: k})
RETURN 'ffl' AS type, f.license AS license, f.name AS name, f.licenseType AS licenseType,
       f.premisesAddress AS premisesAddress, f.city AS city, f.state AS state,
       f.location.latitude AS latitude, f.location.longitude AS longitude
