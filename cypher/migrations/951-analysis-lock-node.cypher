// The analysis lock exists before the first run: two processes acquiring at once then lock the
// same node instead of racing to create it.
MERGE (l:AnalysisLock {name: 'analysis'})
