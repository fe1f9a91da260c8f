// How many recovered guns of one agency in a period have no trace request.
MATCH (a:Agency {ori: $ori})<-[:BY_AGENCY]-(r:Recovery)
WHERE ($from IS NULL OR r.recoveredOn >= date($from)) AND ($to IS NULL OR r.recoveredOn <= date($to))
  AND NOT EXISTS { (r)<-[:FOR_RECOVERY]-(:Trace) }
RETURN count(r) AS total
