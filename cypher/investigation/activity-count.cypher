// totalCount of one investigation's activity log.
MATCH (a:InvestigationActivity) WHERE a.investigationId = $id
RETURN count(a) AS total
