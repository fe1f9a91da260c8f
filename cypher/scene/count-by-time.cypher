// totalCount of a scene list filtered by time (range index scene_occurred_at).
MATCH (s:Scene)
WHERE s.occurredAt >= datetime($from) AND s.occurredAt <= datetime($to)
  AND ($kinds IS NULL OR s.kind IN $kinds)
RETURN count(s) AS total
