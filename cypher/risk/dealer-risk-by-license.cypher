// Stored risk scores of the given dealers (Ffl.risk). Starts from the unique DealerRisk.license.
UNWIND $keys AS key
MATCH (r:DealerRisk {license: key})
RETURN key, r {.*} AS value
