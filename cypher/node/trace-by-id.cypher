// Traces by id (unique constraint trace_id), for node(id:) and nodes(ids:).
UNWIND $keys AS key
MATCH (n:Trace {id: key})
RETURN key, n AS value
