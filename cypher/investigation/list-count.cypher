// totalCount of the investigations the caller may open.
UNWIND $grantees AS grantee
MATCH (g:InvestigationGrant) WHERE g.grantee = grantee
RETURN count(DISTINCT g.investigationId) AS total
