// A keyset page of scenes, newest first, starting from the range index scene_occurred_at
// (index-backed order). $until is the cursor's occurredAt (or the filter's upper bound);
// rows equal to it continue by descending id after $afterId.
MATCH (s:Scene)
WHERE s.occurredAt >= datetime($from) AND s.occurredAt <= datetime($until)
  AND ($afterId IS NULL OR s.occurredAt < datetime($until) OR s.id < $afterId)
  AND ($kinds IS NULL OR s.kind IN $kinds)
WITH s ORDER BY s.occurredAt DESC, s.id DESC LIMIT toInteger($limit)
RETURN s {.*, _agency: [(s)-[:INVESTIGATED_BY]->(a:Agency) | a][0]} AS node, toString(s.occurredAt) AS sort, s.id AS id
