// A keyset page of each gun's theft/loss reports, newest first, with the gun's total; one row per gun.
// Starts from the firearm_id constraint.
UNWIND $keys AS key
MATCH (f:Firearm {id: key})
CALL (f) {
  MATCH (t:TheftReport)-[:REPORTS_THEFT_OF]->(f)
  WHERE $afterId IS NULL OR t.occurredOn < date($afterSort) OR (t.occurredOn = date($afterSort) AND t.id < $afterId)
  WITH t ORDER BY t.occurredOn DESC, t.id DESC LIMIT toInteger($limit)
  OPTIONAL MATCH (t)-[:REPORTED_BY]->(a:Agency)
  OPTIONAL MATCH (t)-[:REPORTED_BY_FFL]->(d:Ffl)
  WITH t, head(collect(a.ori)) AS ori, head(collect(d.license)) AS license
  ORDER BY t.occurredOn DESC, t.id DESC
  RETURN collect({node: t {.*, reportingAgencyOri: ori, reportingFflLicense: license, firearmId: f.id}, sort: toString(t.occurredOn), id: t.id}) AS rows
}
RETURN key, {rows: rows, total: COUNT { (:TheftReport)-[:REPORTS_THEFT_OF]->(f) }} AS value
