// Draws the next version number of one of the caller's own investigations (investigation_id).
// The first SET takes the node's write lock before the counter is read, so two concurrent saves
// never draw the same number, and a save edited from an older version than the latest
// ($basedOn) draws none (ok = false). No row: no such investigation of the caller's.
MATCH (i:Investigation {id: $id})
WHERE i.ownerSubject = $subject
SET i.latestVersion = i.latestVersion
WITH i, i.latestVersion AS current
WITH i, current, ($basedOn IS NULL OR current = $basedOn) AS ok
SET i.latestVersion = CASE WHEN ok THEN current + 1 ELSE current END
RETURN ok, i.latestVersion AS number, current
