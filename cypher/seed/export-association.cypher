// Reads known-associate links back in import-record shape; both ends start from the person_id constraint.
UNWIND $keys AS k
MATCH (a:Person {id: k.fromPersonId})-[x:ASSOCIATE_OF]->(b:Person {id: k.toPersonId})
RETURN 'association' AS type, a.id AS fromPersonId, b.id AS toPersonId, x.source AS source, x.since AS since
