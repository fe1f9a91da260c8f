// Who one investigation is shared with (investigation_grant_investigation), owner first; at
// most $max (shares per investigation are capped on write).
MATCH (g:InvestigationGrant) WHERE g.investigationId = $id
WITH g ORDER BY g.role = 'OWNER' DESC, g.grantee LIMIT toInteger($max)
RETURN g.grantee AS grantee, g.role AS role, toString(g.grantedAt) AS grantedAt, g.grantedBy AS grantedBy
