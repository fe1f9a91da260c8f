// Frees the lock (if still held by $holder) and logs the run: holder, start, end, outcome.
OPTIONAL MATCH (l:AnalysisLock {name: $name})
WHERE l.holder = $holder
SET l.holder = null, l.leaseUntil = null
CREATE (r:AnalysisRun {
  name: $name,
  holder: $holder,
  startedAt: datetime($startedAt),
  finishedAt: datetime($finishedAt),
  outcome: $outcome,
  heldLock: l IS NOT NULL
})
RETURN r.heldLock AS released
