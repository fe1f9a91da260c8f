// Test only: analysis runs (any process) started at or after $from, oldest first.
MATCH (r:AnalysisRun)
WHERE r.startedAt >= datetime($from)
RETURN r.holder AS holder, toString(r.startedAt) AS startedAt, toString(r.finishedAt) AS finishedAt, r.outcome AS outcome, r.heldLock AS heldLock
ORDER BY r.startedAt
