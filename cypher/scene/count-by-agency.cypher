// totalCount of one agency's scenes (agency_ori, then its scenes).
MATCH (:Agency {ori: $agencyOri})<-[:INVESTIGATED_BY]-(s:Scene)
WHERE s.occurredAt >= datetime($from) AND s.occurredAt <= datetime($to)
  AND ($kinds IS NULL OR s.kind IN $kinds)
RETURN count(s) AS total
