// Shares one of the caller's own investigations with users or the caller's agency. Idempotent
// (investigation_grant_key): a grant that exists is left as it was. Returns the grants added.
MATCH (i:Investigation {id: $id})
WHERE i.ownerSubject = $subject
UNWIND $grantees AS grantee
OPTIONAL MATCH (old:InvestigationGrant {key: $id + '|' + grantee})
WITH grantee, old IS NULL AS fresh
MERGE (g:InvestigationGrant {key: $id + '|' + grantee})
ON CREATE SET g.investigationId = $id, g.grantee = grantee, g.role = 'VIEWER', g.grantedAt = datetime($at), g.grantedBy = $subject
RETURN sum(CASE WHEN fresh THEN 1 ELSE 0 END) AS added
