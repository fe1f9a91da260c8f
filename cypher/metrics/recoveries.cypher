// Every recovered gun with its agency, where it was recovered, whether it was test-fired into
// NIBIN, and its traces (request, completion, outcome, dealer request and answer, and where the
// resolved dealer is). Analysis job, once per run.
MATCH (r:Recovery)-[:BY_AGENCY]->(a:Agency)
WHERE r.recoveredOn IS NOT NULL
OPTIONAL MATCH (r)-[:OF_FIREARM]->(f:Firearm)
RETURN r.id AS id, a.ori AS ori, f.id AS firearmId,
       r.location.latitude AS latitude, r.location.longitude AS longitude,
       datetime({date: r.recoveredOn}).epochMillis AS recoveredMs,
       f IS NOT NULL AND EXISTS { (f)<-[:TEST_FIRED_FROM]-(tf:Casing) WHERE tf.submittedToNibinAt IS NOT NULL } AS testFired,
       [(r)<-[:FOR_RECOVERY]-(t:Trace) | {
          requestedMs: t.requestedAt.epochMillis, completedMs: t.completedAt.epochMillis, outcome: t.outcome,
          dealerRequestedMs: t.dealerRequestedAt.epochMillis, dealerRespondedMs: t.dealerRespondedAt.epochMillis,
          license: head([(t)-[:RESOLVED_DEALER]->(d:Ffl) | d.license]),
          dealerLatitude: head([(t)-[:RESOLVED_DEALER]->(d:Ffl) | d.location.latitude]),
          dealerLongitude: head([(t)-[:RESOLVED_DEALER]->(d:Ffl) | d.location.longitude])}] AS traces
