// Adds a watch for a user (idempotent on (subject, kind, key): index watch_subject_kind_key) when
// the watched record exists (each kind by its own key constraint); returns the watch, or no row.
WITH $kind AS kind, $key AS key
WHERE (kind = 'SERIES' AND EXISTS { MATCH (:Casing {evidenceId: key}) })
   OR (kind = 'FIREARM' AND EXISTS { MATCH (:Firearm {id: key}) })
   OR (kind = 'PERSON' AND EXISTS { MATCH (:Person {id: key}) })
   OR (kind = 'DEALER' AND EXISTS { MATCH (:Ffl {license: key}) })
   OR (kind = 'AGENCY' AND EXISTS { MATCH (:Agency {ori: key}) })
MERGE (w:Watch {subject: $subject, kind: kind, key: key})
ON CREATE SET w.id = $id, w.createdAt = datetime($at), w.agencyOri = $agencyOri
RETURN w {.id, .kind, .key, createdAt: toString(w.createdAt)} AS watch
