// Stored networks by id (unique constraint network_id).
UNWIND $keys AS key
MATCH (x:Network {id: key})
RETURN key, x {.*} AS value
