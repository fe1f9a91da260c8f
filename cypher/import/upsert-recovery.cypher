// Idempotent batch upsert of recoveries: the gun, the recovering agency, and optionally the scene and possessor.
// Starts from the recovery_id, firearm_id, agency_ori, scene_id and person_id constraints.
UNWIND $rows AS r
MERGE (x:Recovery {id: r.id})
SET x.recoveredOn = date(r.recoveredOn), x.address = r.address, x.city = r.city, x.state = r.state,
    x.location = point({latitude: r.latitude, longitude: r.longitude})
WITH x, r
MATCH (f:Firearm {id: r.firearmId})
MATCH (a:Agency {ori: r.agencyOri})
MERGE (x)-[:OF_FIREARM]->(f)
MERGE (x)-[:BY_AGENCY]->(a)
WITH x, r
OPTIONAL MATCH (s:Scene {id: r.sceneId})
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (x)-[:AT_SCENE]->(s))
WITH x, r
OPTIONAL MATCH (p:Person {id: r.possessorId})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (x)-[:FROM_POSSESSOR]->(p))
