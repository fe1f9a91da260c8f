// totalCount of one investigation's versions.
MATCH (v:InvestigationVersion) WHERE v.investigationId = $id
RETURN count(v) AS total
