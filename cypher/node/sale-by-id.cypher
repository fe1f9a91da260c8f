// Sales by id (unique constraint sale_id), for node(id:) and nodes(ids:).
UNWIND $keys AS key
MATCH (n:Sale {id: key})
RETURN key, n AS value
