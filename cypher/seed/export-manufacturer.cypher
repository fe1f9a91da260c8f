// Reads manufacturers back in import-record shape (verifies a seed or an import); starts from the manufacturer_name constraint.
UNWIND $keys AS k
MATCH (m:Manufacturer {name: k})
RETURN 'manufacturer' AS type, m.name AS name, m.kind AS kind, m.country AS country
