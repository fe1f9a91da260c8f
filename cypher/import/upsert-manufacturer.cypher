// Idempotent batch upsert of manufacturer records (seed and import); starts from the manufacturer_name constraint.
UNWIND $rows AS r
MERGE (m:Manufacturer {name: r.name})
SET m.kind = r.kind, m.country = r.country
