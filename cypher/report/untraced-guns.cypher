// Recovered guns of one agency with no trace request, recovered in a period (dates inclusive),
// newest first, keyset-paged. Starts from the unique Agency.ori.
MATCH (a:Agency {ori: $ori})<-[:BY_AGENCY]-(r:Recovery)
WHERE ($from IS NULL OR r.recoveredOn >= date($from)) AND ($to IS NULL OR r.recoveredOn <= date($to))
  AND NOT EXISTS { (r)<-[:FOR_RECOVERY]-(:Trace) }
  AND ($afterId IS NULL OR toString(r.recoveredOn) < $afterSort OR (toString(r.recoveredOn) = $afterSort AND r.id < $afterId))
MATCH (r)-[:OF_FIREARM]->(f:Firearm)
WITH r, f ORDER BY r.recoveredOn DESC, r.id DESC LIMIT toInteger($limit)
RETURN {recoveryId: r.id, recoveredOn: toString(r.recoveredOn), firearmId: f.id, make: f.make, model: f.model, caliber: f.caliber,
        serialObliterated: coalesce(f.serialObliterated, false)} AS node, toString(r.recoveredOn) AS sort, r.id AS id
