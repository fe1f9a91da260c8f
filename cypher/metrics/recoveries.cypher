// Every recovered gun with its agency, where it was recovered, whether it was test-fired into
// NIBIN, and its traces (request, completion, outcome, dealer request and answer, and where the
// resolved dealer is: one expansion per trace). Analysis job, once per run.
MATCH (r:Recovery)-[:BY_AGENCY]->(a:Agency)
WHERE r.recoveredOn IS NOT NULL
OPTIONAL MATCH (r)-[:OF_FIREARM]->(f:Firearm)
WITH r, a, f, [(r)<-[:FOR_RECOVERY]-(t:Trace) | {t: t, d: head([(t)-[:RESOLVED_DEALER]->(d:Ffl) | d])}] AS traced
RETURN r.id AS id, a.ori AS ori, f.id AS firearmId,
       r.location.latitude AS latitude, r.location.longitude AS longitude,
       datetime({date: r.recoveredOn}).epochMillis AS recoveredMs,
       f IS NOT NULL AND EXISTS { (f)<-[:TEST_FIRED_FROM]-(tf:Casing) WHERE tf.submittedToNibinAt IS NOT NULL } AS testFired,
       [x IN traced | {
          requestedMs: x.t.requestedAt.epochMillis, completedMs: x.t.completedAt.epochMillis, outcome: x.t.outcome,
          dealerRequestedMs: x.t.dealerRequestedAt.epochMillis, dealerRespondedMs: x.t.dealerRespondedAt.epochMillis,
          license: x.d.license, dealerLatitude: x.d.location.latitude, dealerLongitude: x.d.location.longitude}] AS traces
