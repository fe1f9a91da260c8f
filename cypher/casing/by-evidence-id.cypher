// Casings by evidence id (unique constraint casing_evidence_id).
UNWIND $keys AS key
MATCH (c:Casing {evidenceId: key})
RETURN key, c AS value
