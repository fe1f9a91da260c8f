// Takes the analysis lock for $holder when it is free, expired or already theirs. The node is
// locked first (apoc.lock.nodes), so of two processes acquiring at once the second reads the
// first one's committed holder and does not take it too. A lease, not a flag: a process that
// dies holding it frees it when the lease runs out.
MERGE (l:AnalysisLock {name: $name})
WITH l
CALL apoc.lock.nodes([l])
WITH l, (l.holder IS NULL OR l.leaseUntil < datetime() OR l.holder = $holder) AS free
FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END |
  SET l.holder = $holder,
      l.acquiredAt = datetime(),
      l.leaseUntil = datetime() + duration({milliseconds: $leaseMs})
)
RETURN free AS acquired, l.holder AS holder, toString(l.leaseUntil) AS leaseUntil
