// The analysis lock: one node per job name, so service processes on one Neo4j run the analysis
// job one at a time (src/analysis/analysis.lock.ts). Unique, so two first runs cannot create two.
CREATE CONSTRAINT analysis_lock_name IF NOT EXISTS FOR (n:AnalysisLock) REQUIRE n.name IS UNIQUE
