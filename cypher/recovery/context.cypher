// Everything around each recovery in one statement: gun, scene, possessor, agency, the gun's
// first retail sale (dealer, purchaser) and the traces of this recovery. Starts from recovery_id.
UNWIND $keys AS key
MATCH (r:Recovery {id: key})
OPTIONAL MATCH (r)-[:OF_FIREARM]->(f:Firearm)
OPTIONAL MATCH (r)-[:AT_SCENE]->(sc:Scene)
OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(pp:Person)
OPTIONAL MATCH (r)-[:BY_AGENCY]->(ag:Agency)
CALL (f) {
  OPTIONAL MATCH (d:Ffl)-[:SOLD]->(s:Sale)-[:OF_FIREARM]->(f)
  OPTIONAL MATCH (s)-[:TO_PURCHASER]->(p:Person)
  WITH s, d, p ORDER BY s.soldOn, s.id LIMIT 1
  RETURN s AS sale, d AS dealer, p AS purchaser
}
CALL (f, dealer) {
  // No retail sale on record: the retail dealer an ATF trace of the gun resolved (a trace whose
  // outcome is NO_PURCHASER found the dealer, whose records named no buyer), oldest trace first.
  OPTIONAL MATCH (f)<-[:OF_FIREARM]-(:Recovery)<-[:FOR_RECOVERY]-(t:Trace WHERE dealer IS NULL)-[:RESOLVED_DEALER]->(td:Ffl)
  WITH dealer, td ORDER BY t.requestedAt, t.id LIMIT 1
  RETURN coalesce(dealer, td) AS retailDealer
}
CALL (r) {
  OPTIONAL MATCH (t:Trace)-[:FOR_RECOVERY]->(r)
  OPTIONAL MATCH (ra:Agency)-[:REQUESTED]->(t)
  OPTIONAL MATCH (t)-[:RESOLVED_DEALER]->(rd:Ffl)
  OPTIONAL MATCH (t)-[:RESOLVED_PURCHASER]->(rp:Person)
  WITH t, ra, rd, rp ORDER BY t.requestedAt, t.id
  RETURN collect(t {.*, _ctx: {requestingAgency: ra, resolvedDealer: rd, resolvedPurchaser: rp}}) AS traces
}
RETURN key, {firearm: f, scene: sc, possessor: pp, agency: ag, sale: sale, dealer: retailDealer, purchaser: purchaser, traces: traces} AS value
