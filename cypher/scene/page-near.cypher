// A keyset page of scenes within $radiusM metres of a point, newest first. Starts from the
// point index scene_location (point.distance against a parameter is index-backed); the hint
// keeps the planner from walking the time index instead, which is slow for a small circle.
MATCH (s:Scene)
USING INDEX s:Scene(location)
WHERE point.distance(s.location, point({latitude: $latitude, longitude: $longitude})) <= $radiusM
  AND s.occurredAt >= datetime($from) AND s.occurredAt <= datetime($until)
  AND ($afterId IS NULL OR s.occurredAt < datetime($until) OR s.id < $afterId)
  AND ($kinds IS NULL OR s.kind IN $kinds)
  AND ($agencyOri IS NULL OR EXISTS { (s)-[:INVESTIGATED_BY]->(:Agency {ori: $agencyOri}) })
WITH s ORDER BY s.occurredAt DESC, s.id DESC LIMIT toInteger($limit)
RETURN s {.*, _agency: [(s)-[:INVESTIGATED_BY]->(a:Agency) | a][0]} AS node, toString(s.occurredAt) AS sort, s.id AS id
