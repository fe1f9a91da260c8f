// Counts what audit/events-by-person pages through (totalCount); same start and filters.
MATCH (t:AuditTouch)
WHERE t.personId = $personId AND t.at >= datetime($from) AND t.at < datetime($to)
MATCH (e:AuditEvent)-[:TOUCHED]->(t)
WHERE e.agencyOri = $agencyOri
  AND ($subject IS NULL OR e.subject = $subject)
RETURN count(e) AS count
