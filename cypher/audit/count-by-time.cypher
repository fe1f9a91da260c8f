// Counts what audit/events-by-time pages through (totalCount); same start and filters.
MATCH (e:AuditEvent)
WHERE e.agencyOri = $agencyOri
  AND e.at >= datetime($from) AND e.at < datetime($to)
RETURN count(e) AS count
