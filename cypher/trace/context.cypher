// Requesting agency, resolved dealer and purchaser, and recovery of each trace (trace_id, one hop each).
UNWIND $keys AS key
MATCH (t:Trace {id: key})
OPTIONAL MATCH (ra:Agency)-[:REQUESTED]->(t)
OPTIONAL MATCH (t)-[:RESOLVED_DEALER]->(rd:Ffl)
OPTIONAL MATCH (t)-[:RESOLVED_PURCHASER]->(rp:Person)
OPTIONAL MATCH (t)-[:FOR_RECOVERY]->(r:Recovery)
WITH key, collect(ra)[0] AS ra, collect(rd)[0] AS rd, collect(rp)[0] AS rp, collect(r)[0] AS r
RETURN key, {requestingAgency: ra, resolvedDealer: rd, resolvedPurchaser: rp, recovery: r} AS value
