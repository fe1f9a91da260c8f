// Leads by id (unique constraint lead_id).
UNWIND $keys AS key
MATCH (l:Lead {id: key})
RETURN key, l AS value
