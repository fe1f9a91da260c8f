// The analysis run log (one AnalysisRun per finished run, any process), newest first.
CREATE INDEX analysis_run_started_at IF NOT EXISTS FOR (r:AnalysisRun) ON (r.startedAt)
