// One stored version of an investigation (investigation_version_id).
MATCH (v:InvestigationVersion {id: $id + '#' + toString($number)})
RETURN v {.number, .name, .note, .savedBy, .nodeCount, .nodes, .annotations, savedAt: toString(v.savedAt)} AS version
