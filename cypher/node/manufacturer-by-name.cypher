// Manufacturers and importers by name (unique constraint manufacturer_name), for node(id:) and nodes(ids:).
UNWIND $keys AS key
MATCH (n:Manufacturer {name: key})
RETURN key, n AS value
