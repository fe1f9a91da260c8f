// Audit records of one user (token subject), newest first, for the caller's agency; keyset
// page after ($afterSort, $afterId). Starts from the range index audit_event_subject.
MATCH (e:AuditEvent)
WHERE e.subject = $subject
  AND e.agencyOri = $agencyOri
  AND e.at >= datetime($from) AND e.at < datetime($to)
  AND ($afterSort IS NULL OR e.at < datetime($afterSort) OR (e.at = datetime($afterSort) AND e.id < $afterId))
RETURN e AS node, toString(e.at) AS sort, e.id AS id
ORDER BY e.at DESC, e.id DESC
LIMIT toInteger($limit)
