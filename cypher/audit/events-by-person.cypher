// Audit records naming one person, newest first, for the caller's agency; keyset page
// after ($afterSort, $afterId). Starts from the composite range index audit_touch_person_at
// (migration 501): equality on personId, range on at; one TOUCHED hop to the record.
MATCH (t:AuditTouch)
WHERE t.personId = $personId AND t.at >= datetime($from) AND t.at < datetime($to)
MATCH (e:AuditEvent)-[:TOUCHED]->(t)
WHERE e.agencyOri = $agencyOri
  AND ($subject IS NULL OR e.subject = $subject)
  AND ($afterSort IS NULL OR e.at < datetime($afterSort) OR (e.at = datetime($afterSort) AND e.id < $afterId))
RETURN e AS node, toString(e.at) AS sort, e.id AS id
ORDER BY e.at DESC, e.id DESC
LIMIT toInteger($limit)
