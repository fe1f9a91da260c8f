// Test only: nodes and relationships of the graph, leaving out the audit trail (which every
// audited request adds to by design) and the lead-event outbox (one Event per new or changed
// lead, by design: docs/nibin-leads.md), and the analysis lock and its run log (one AnalysisRun
// per run of the analysis job: docs/operations-metrics.md).
CALL () { MATCH (n) WHERE NOT n:AuditEvent AND NOT n:AuditTouch AND NOT n:Event AND NOT n:EventCounter AND NOT n:AnalysisLock AND NOT n:AnalysisRun RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() WHERE type(r) <> 'TOUCHED' RETURN count(r) AS relationships }
RETURN nodes, relationships
