// A keyset page of one investigation's activity log, newest first (investigation_activity_at).
MATCH (a:InvestigationActivity)
WHERE a.investigationId = $id
  AND ($afterSort IS NULL OR a.at < datetime($afterSort) OR (a.at = datetime($afterSort) AND a.id < $afterId))
WITH a ORDER BY a.at DESC, a.id DESC LIMIT toInteger($limit)
RETURN a {.action, .version, .subject, .agencyOri, .requestId, .detail, at: toString(a.at)} AS node,
       toString(a.at) AS sort, a.id AS id
