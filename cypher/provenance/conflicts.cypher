// Conflicts detected in a time window, newest first, filtered by agency (either side, or the
// record's owner), record type and status; keyset page after ($afterSort, $afterId). Starts from
// the conflict_detected_at range index.
MATCH (c:Conflict)
WHERE c.detectedAt >= datetime($from) AND c.detectedAt < datetime($to)
  AND ($agencyOri IS NULL OR c.currentOri = $agencyOri OR c.incomingOri = $agencyOri OR c.ownerOri = $agencyOri)
  AND ($recordType IS NULL OR c.recordType = $recordType)
  AND ($status IS NULL OR c.status = $status)
  AND ($afterSort IS NULL OR c.detectedAt < datetime($afterSort) OR (c.detectedAt = datetime($afterSort) AND c.id < $afterId))
RETURN c AS node, toString(c.detectedAt) AS sort, c.id AS id
ORDER BY c.detectedAt DESC, c.id DESC
LIMIT toInteger($limit)
