// Test support: resolved-dealer trace counts per dealer and time-to-crime buckets of completed traces,
// for the seed's keys only (starts from the trace_id constraint).
UNWIND $traceIds AS tid
MATCH (t:Trace {id: tid})
OPTIONAL MATCH (t)-[:RESOLVED_DEALER]->(d:Ffl)
RETURN d.license AS dealer, t.outcome AS outcome, t.timeToCrimeDays AS timeToCrimeDays
