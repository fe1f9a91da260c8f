// Reads scenes back in import-record shape; starts from the scene_id constraint.
UNWIND $keys AS k
MATCH (s:Scene {id: k})
OPTIONAL MATCH (s)-[:INVESTIGATED_BY]->(a:Agency)
WITH s, collect(a.ori) AS oris
RETURN 'scene' AS type, s.id AS id, s.occurredAt AS occurredAt, s.kind AS kind, s.address AS address, s.city AS city,
       s.state AS state, s.location.latitude AS latitude, s.location.longitude AS longitude, oris[0] AS agencyOri,
       size(oris) AS linkCount
