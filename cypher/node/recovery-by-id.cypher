// Recoverys by id (unique constraint recovery_id), for node(id:) and nodes(ids:).
UNWIND $keys AS key
MATCH (n:Recovery {id: key})
RETURN key, n AS value
