// Withdraws shares of one of the caller's own investigations (by grant key); the owner's own
// grant is never removed. Returns how many went.
MATCH (i:Investigation {id: $id})
WHERE i.ownerSubject = $subject
MATCH (g:InvestigationGrant)
WHERE g.key IN [x IN $grantees | $id + '|' + x] AND g.role <> 'OWNER'
DELETE g
RETURN count(*) AS removed
