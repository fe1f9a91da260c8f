// Counts what audit/events-by-person pages through (totalCount); same start and filters.
MATCH (:Person {id: $personId})<-[:TOUCHED]-(e:AuditEvent)
WHERE e.agencyOri = $agencyOri
  AND ($subject IS NULL OR e.subject = $subject)
  AND e.at >= datetime($from) AND e.at < datetime($to)
RETURN count(e) AS count
