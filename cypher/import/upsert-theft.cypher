// Idempotent batch upsert of theft/loss reports: the stolen or lost gun, and who reported it
// (a police agency, the licensee, or both). Starts from the theft_report_id, firearm_id,
// agency_ori and ffl_license constraints.
UNWIND $rows AS r
MERGE (t:TheftReport {id: r.id})
SET t.kind = r.kind, t.occurredOn = date(r.occurredOn), t.reportedAt = datetime(r.reportedAt)
WITH t, r
MATCH (f:Firearm {id: r.firearmId})
MERGE (t)-[:REPORTS_THEFT_OF]->(f)
WITH t, r
OPTIONAL MATCH (a:Agency {ori: r.reportingAgencyOri})
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (t)-[:REPORTED_BY]->(a))
WITH t, r
OPTIONAL MATCH (d:Ffl {license: r.reportingFflLicense})
FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | MERGE (t)-[:REPORTED_BY_FFL]->(d))
