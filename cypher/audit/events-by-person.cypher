// Audit records naming one person, newest first, for the caller's agency; keyset page
// after ($afterSort, $afterId). Starts from the unique index on Person.id (person_id), then
// the person's TOUCHED links (one per audited request that named them).
MATCH (:Person {id: $personId})<-[:TOUCHED]-(e:AuditEvent)
WHERE e.agencyOri = $agencyOri
  AND ($subject IS NULL OR e.subject = $subject)
  AND e.at >= datetime($from) AND e.at < datetime($to)
  AND ($afterSort IS NULL OR e.at < datetime($afterSort) OR (e.at = datetime($afterSort) AND e.id < $afterId))
RETURN e AS node, toString(e.at) AS sort, e.id AS id
ORDER BY e.at DESC, e.id DESC
LIMIT toInteger($limit)
