// GraphiQL and the chart page: ids that exist in the current database, to pre-fill the example
// operations' variables (demo data or any real data; parts missing from the data come back null).
// The serial and scene location fill serial and near-a-point searches. Each part starts from an index and stops early: a casing of a CONFIRMED NIBIN lead (lead status
// index, 035); the most recent traces (requestedAt range index, 034) with their firearm, dealer,
// purchaser, agency and recovery; the riskiest scored dealer (label scan of Ffl, a small label),
// falling back to the trace's dealer.
OPTIONAL CALL () {
  MATCH (l:Lead {status: 'CONFIRMED'})-[:CORRELATES]->(c:Casing)
  OPTIONAL MATCH (c)-[:RECOVERED_AT]->(s:Scene)
  RETURN c.evidenceId AS casing, l.id AS lead, s.id AS scene, s.location.latitude AS latitude, s.location.longitude AS longitude
  LIMIT 1
}
OPTIONAL CALL () {
  MATCH (t:Trace) WHERE t.requestedAt IS NOT NULL
  WITH t ORDER BY t.requestedAt DESC LIMIT 50
  MATCH (t)-[:FOR_RECOVERY]->(r:Recovery)-[:OF_FIREARM]->(f:Firearm)
  OPTIONAL MATCH (t)-[:RESOLVED_DEALER]->(d:Ffl)
  OPTIONAL MATCH (t)-[:RESOLVED_PURCHASER]->(p:Person)
  OPTIONAL MATCH (a:Agency)-[:REQUESTED]->(t)
  RETURN t.id AS trace, r.id AS recovery, f.id AS firearm, f.serial AS serial, d.license AS traceDealer, d.state AS traceState, p.id AS person, a.ori AS agency
  ORDER BY d IS NULL, p IS NULL
  LIMIT 1
}
OPTIONAL CALL () {
  MATCH (d:Ffl) WHERE d.riskScore IS NOT NULL
  RETURN d.license AS riskiest, d.state AS riskiestState
  ORDER BY d.riskScore DESC
  LIMIT 1
}
RETURN casing, lead, scene, latitude, longitude, trace, recovery, firearm, serial, person, agency,
       coalesce(riskiest, traceDealer) AS dealer, coalesce(riskiestState, traceState) AS state
