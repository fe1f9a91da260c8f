// The investigations a user may open: grants to the user and to the user's agency.
CREATE RANGE INDEX investigation_grant_grantee IF NOT EXISTS FOR (n:InvestigationGrant) ON (n.grantee)
