// Counts what audit/events-by-subject pages through (totalCount); same start and filters.
MATCH (e:AuditEvent)
WHERE e.subject = $subject
  AND e.agencyOri = $agencyOri
  AND e.at >= datetime($from) AND e.at < datetime($to)
RETURN count(e) AS count
