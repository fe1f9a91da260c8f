// A keyset page of one agency's scenes, newest first: starts from agency_ori, then its scenes.
MATCH (:Agency {ori: $agencyOri})<-[:INVESTIGATED_BY]-(s:Scene)
WHERE s.occurredAt >= datetime($from) AND s.occurredAt <= datetime($until)
  AND ($afterId IS NULL OR s.occurredAt < datetime($until) OR s.id < $afterId)
  AND ($kinds IS NULL OR s.kind IN $kinds)
WITH s ORDER BY s.occurredAt DESC, s.id DESC LIMIT toInteger($limit)
RETURN s {.*, _agency: [(s)-[:INVESTIGATED_BY]->(a:Agency) | a][0]} AS node, toString(s.occurredAt) AS sort, s.id AS id
