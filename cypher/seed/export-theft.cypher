// Reads theft/loss reports back in import-record shape; starts from the theft_report_id constraint.
UNWIND $keys AS k
MATCH (t:TheftReport {id: k})
OPTIONAL MATCH (t)-[:REPORTS_THEFT_OF]->(f:Firearm)
WITH t, collect(f.id) AS guns
OPTIONAL MATCH (t)-[:REPORTED_BY]->(a:Agency)
WITH t, guns, collect(a.ori) AS oris
OPTIONAL MATCH (t)-[:REPORTED_BY_FFL]->(d:Ffl)
WITH t, guns, oris, collect(d.license) AS dealers
RETURN 'theft' AS type, t.id AS id, guns[0] AS firearmId, t.kind AS kind, t.occurredOn AS occurredOn,
       t.reportedAt AS reportedAt, oris[0] AS reportingAgencyOri, dealers[0] AS reportingFflLicense,
       size(guns) + size(oris) + size(dealers) AS linkCount
