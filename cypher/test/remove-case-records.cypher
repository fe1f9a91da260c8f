// Test isolation only (never run by the service): removes the firearms, sales, recoveries and
// traces one test file created, by id, so that they stop counting in the statistics of the test
// files after it (dealer trace counts, the counter scan's chance rate, the association null); then
// the file's stores that have no sale left, with their stored risk results, so that they stop
// counting in dealer ranks and peer groups (a store that other data sells through stays).
// Each part starts from its label's unique key.
CALL (*) {
  UNWIND $traceIds AS id
  MATCH (n:Trace {id: id})
  DETACH DELETE n
}
CALL (*) {
  UNWIND $recoveryIds AS id
  MATCH (n:Recovery {id: id})
  DETACH DELETE n
}
CALL (*) {
  UNWIND $saleIds AS id
  MATCH (n:Sale {id: id})
  DETACH DELETE n
}
CALL (*) {
  UNWIND $firearmIds AS id
  MATCH (n:Firearm {id: id})
  DETACH DELETE n
}
CALL (*) {
  UNWIND $fflLicenses AS license
  MATCH (f:Ffl {license: license})
  WHERE NOT EXISTS { (f)-[:SOLD]->(:Sale) }
  OPTIONAL MATCH (f)-[:HAS_RISK]->(risk:DealerRisk)
  DETACH DELETE risk, f
}
