// A keyset page of one investigation's versions, newest first (investigation_version_number).
MATCH (v:InvestigationVersion)
WHERE v.investigationId = $id AND ($afterSort IS NULL OR v.number < toInteger($afterSort))
WITH v ORDER BY v.number DESC LIMIT toInteger($limit)
RETURN v {.number, .name, .note, .savedBy, .nodeCount, savedAt: toString(v.savedAt)} AS node, v.number AS sort, v.id AS id
