// Licensees by license number (unique constraint ffl_license).
UNWIND $keys AS key
MATCH (f:Ffl {license: key})
RETURN key, f AS value
