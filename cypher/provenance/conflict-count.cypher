// How many conflicts the filters of provenance/conflicts match. Starts from the conflict_detected_at range index.
MATCH (c:Conflict)
WHERE c.detectedAt >= datetime($from) AND c.detectedAt < datetime($to)
  AND ($agencyOri IS NULL OR c.currentOri = $agencyOri OR c.incomingOri = $agencyOri OR c.ownerOri = $agencyOri)
  AND ($recordType IS NULL OR c.recordType = $recordType)
  AND ($status IS NULL OR c.status = $status)
RETURN count(c) AS total
