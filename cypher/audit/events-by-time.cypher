// The caller's agency's audit records in a time window, newest first; keyset page after
// ($afterAt, $afterId). Starts from the composite range index audit_event_agency_at
// (migration 500): equality on agencyOri, range on at.
MATCH (e:AuditEvent)
WHERE e.agencyOri = $agencyOri
  AND e.at >= datetime($from) AND e.at < datetime($to)
  AND ($afterSort IS NULL OR e.at < datetime($afterSort) OR (e.at = datetime($afterSort) AND e.id < $afterId))
RETURN e AS node, toString(e.at) AS sort, e.id AS id
ORDER BY e.at DESC, e.id DESC
LIMIT toInteger($limit)
