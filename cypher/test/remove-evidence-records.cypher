// Test isolation only (never run by the service): removes the NIBIN leads, casings, scenes and
// agencies one test file created, by id, so that the analysis runs of later test files no longer
// count them in any agency, state or national figure. Each part starts from its label's unique key.
CALL (*) {
  UNWIND $leadIds AS id
  MATCH (n:Lead {id: id})
  DETACH DELETE n
}
CALL (*) {
  UNWIND $casingIds AS id
  MATCH (n:Casing {evidenceId: id})
  DETACH DELETE n
}
CALL (*) {
  UNWIND $sceneIds AS id
  MATCH (n:Scene {id: id})
  DETACH DELETE n
}
CALL (*) {
  UNWIND $oris AS ori
  MATCH (n:Agency {ori: ori})
  DETACH DELETE n
}
