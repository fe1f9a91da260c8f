// First and last calendar year of trace requests in the graph, so traces per year compare on
// one footing. Uses the trace_requested_at range index (min/max read from the index ends).
MATCH (t:Trace)
WHERE t.requestedAt IS NOT NULL
RETURN min(t.requestedAt).year AS firstYear, max(t.requestedAt).year AS lastYear
