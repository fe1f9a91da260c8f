// Reads recoveries back in import-record shape; starts from the recovery_id constraint.
UNWIND $keys AS k
MATCH (x:Recovery {id: k})
OPTIONAL MATCH (x)-[:OF_FIREARM]->(f:Firearm)
WITH x, collect(f.id) AS guns
OPTIONAL MATCH (x)-[:BY_AGENCY]->(a:Agency)
WITH x, guns, collect(a.ori) AS oris
OPTIONAL MATCH (x)-[:AT_SCENE]->(s:Scene)
WITH x, guns, oris, collect(s.id) AS scenes
OPTIONAL MATCH (x)-[:FROM_POSSESSOR]->(p:Person)
WITH x, guns, oris, scenes, collect(p.id) AS possessors
RETURN 'recovery' AS type, x.id AS id, guns[0] AS firearmId, x.recoveredOn AS recoveredOn, x.address AS address,
       x.city AS city, x.state AS state, x.location.latitude AS latitude, x.location.longitude AS longitude,
       oris[0] AS agencyOri, scenes[0] AS sceneId, possessors[0] AS possessorId,
       size(guns) + size(oris) + size(scenes) + size(possessors) AS linkCount
