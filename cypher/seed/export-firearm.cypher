// Reads firearms back in import-record shape; starts from the firearm_id constraint.
UNWIND $keys AS k
MATCH (f:Firearm {id: k})
OPTIONAL MATCH (f)-[:MADE_BY]->(m:Manufacturer)
WITH f, collect(m.name) AS makers
RETURN 'firearm' AS type, f.id AS id, f.serial AS serial, f.serialObliterated AS serialObliterated, f.make AS make,
       f.model AS model, f.caliber AS caliber, f.kind AS kind, makers[0] AS manufacturer, size(makers) AS linkCount
