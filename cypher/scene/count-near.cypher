// totalCount of scenes within $radiusM metres of a point (point index scene_location).
MATCH (s:Scene)
USING INDEX s:Scene(location)
WHERE point.distance(s.location, point({latitude: $latitude, longitude: $longitude})) <= $radiusM
  AND s.occurredAt >= datetime($from) AND s.occurredAt <= datetime($to)
  AND ($kinds IS NULL OR s.kind IN $kinds)
  AND ($agencyOri IS NULL OR EXISTS { (s)-[:INVESTIGATED_BY]->(:Agency {ori: $agencyOri}) })
RETURN count(s) AS total
