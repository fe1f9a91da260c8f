// The grants of one investigation (who it is shared with).
CREATE RANGE INDEX investigation_grant_investigation IF NOT EXISTS FOR (n:InvestigationGrant) ON (n.investigationId)
