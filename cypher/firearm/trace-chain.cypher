// The whole trace chain of each gun in one statement: maker or importer, first retail sale
// (dealer, purchaser), every recovery with its scene, possessor, agency and traces, and the
// first NIBIN-linked shooting. Starts from firearm_id; each part is one or two hops.
UNWIND $keys AS key
MATCH (f:Firearm {id: key})
OPTIONAL MATCH (f)-[:MADE_BY]->(m:Manufacturer)
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
CALL (f, sale, retailDealer, purchaser) {
  OPTIONAL MATCH (r:Recovery)-[:OF_FIREARM]->(f)
  OPTIONAL MATCH (r)-[:AT_SCENE]->(sc:Scene)
  OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(pp:Person)
  OPTIONAL MATCH (r)-[:BY_AGENCY]->(ag:Agency)
  CALL (r) {
    OPTIONAL MATCH (t:Trace)-[:FOR_RECOVERY]->(r)
    OPTIONAL MATCH (ra:Agency)-[:REQUESTED]->(t)
    OPTIONAL MATCH (t)-[:RESOLVED_DEALER]->(rd:Ffl)
    OPTIONAL MATCH (t)-[:RESOLVED_PURCHASER]->(rp:Person)
    WITH t, ra, rd, rp ORDER BY t.requestedAt, t.id
    RETURN collect(t {.*, _ctx: {requestingAgency: ra, resolvedDealer: rd, resolvedPurchaser: rp}}) AS traces
  }
  WITH r, sc, pp, ag, traces ORDER BY r.recoveredOn, r.id
  RETURN collect(r {.*, _ctx: {firearm: f, scene: sc, possessor: pp, agency: ag, sale: sale, dealer: retailDealer, purchaser: purchaser, traces: traces}}) AS recoveries
}
CALL (f) {
  OPTIONAL MATCH (sh:Scene)<-[:RECOVERED_AT]-(:Casing)-[:FIRED_FROM]->(f)
  WHERE sh.kind <> 'RECOVERY_ONLY'
  RETURN min(sh.occurredAt) AS firstShootingAt
}
RETURN key, {firearm: f, manufacturer: m, sale: sale, dealer: retailDealer, purchaser: purchaser, recoveries: recoveries, firstShootingAt: firstShootingAt} AS value
