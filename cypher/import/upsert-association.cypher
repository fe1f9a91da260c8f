// Idempotent batch upsert of known-associate links; both ends start from the person_id constraint.
UNWIND $rows AS r
MATCH (a:Person {id: r.fromPersonId})
MATCH (b:Person {id: r.toPersonId})
MERGE (a)-[x:ASSOCIATE_OF]->(b)
SET x.source = r.source, x.since = date(r.since)
