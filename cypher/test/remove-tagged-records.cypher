// Test isolation only (never run by the service): removes the guns, sales, recoveries and traces an
// import test file wrote from its fixtures (ids `IMPTEST-<tag>-…`, test/import/fixtures.ts), then the
// fixtures' stores with no sale left (with their stored risk results), so that they stop counting in
// the statistics the test files after it are judged against: the repeat-buyer and counter-scan levels
// are measured on everything in the shared database (docs/testing.md). People, agencies and evidence stay.
// Each part starts from its label's unique key (a prefix seek on the index behind the constraint).
CALL (*) {
  UNWIND $prefixes AS prefix
  MATCH (n:Trace) WHERE n.id STARTS WITH prefix
  DETACH DELETE n
}
CALL (*) {
  UNWIND $prefixes AS prefix
  MATCH (n:Recovery) WHERE n.id STARTS WITH prefix
  DETACH DELETE n
}
CALL (*) {
  UNWIND $prefixes AS prefix
  MATCH (n:Sale) WHERE n.id STARTS WITH prefix
  DETACH DELETE n
}
CALL (*) {
  UNWIND $prefixes AS prefix
  MATCH (n:Firearm) WHERE n.id STARTS WITH prefix
  DETACH DELETE n
}
CALL (*) {
  UNWIND $fflLicenses AS license
  MATCH (f:Ffl {license: license})
  WHERE NOT EXISTS { (f)-[:SOLD]->(:Sale) }
  OPTIONAL MATCH (f)-[:HAS_RISK]->(risk:DealerRisk)
  DETACH DELETE risk, f
}
