// Agencies by ORI (unique constraint agency_ori), one row per key found.
UNWIND $keys AS key
MATCH (a:Agency {ori: key})
RETURN key, a AS value
