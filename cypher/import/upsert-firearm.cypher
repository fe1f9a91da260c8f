// Idempotent batch upsert of firearms and their MADE_BY link; starts from the firearm_id and manufacturer_name constraints.
UNWIND $rows AS r
MERGE (f:Firearm {id: r.id})
SET f.serial = r.serial, f.serialObliterated = r.serialObliterated, f.make = r.make,
    f.model = r.model, f.caliber = r.caliber, f.kind = r.kind
WITH f, r
MATCH (m:Manufacturer {name: r.manufacturer})
MERGE (f)-[:MADE_BY]->(m)
