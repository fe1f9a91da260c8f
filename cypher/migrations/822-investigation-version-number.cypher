// The versions of one investigation, newest first (keyset pages).
CREATE RANGE INDEX investigation_version_number IF NOT EXISTS FOR (n:InvestigationVersion) ON (n.investigationId, n.number)
