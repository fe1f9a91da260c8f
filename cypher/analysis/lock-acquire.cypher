// Takes the analysis lock for $holder when it is free, expired or already theirs. The first SET
// item increments a counter in place (`SET n.x = n.x + 1`), which takes the node's write lock
// BEFORE reading it (Neo4j's lost-update-free pattern); the holder is decided in the same SET,
// after that lock, so of two processes acquiring at once the second reads the first one's
// committed holder. (apoc.lock.nodes followed by a read let both take it: the value was read
// before the lock.) A lease, not a flag: a process that dies holding it frees it when the lease
// runs out.
MERGE (l:AnalysisLock {name: $name})
SET l.version = coalesce(l.version, 0) + 1,
    l.holder = CASE WHEN l.holder IS NULL OR l.leaseUntil IS NULL OR l.leaseUntil < datetime() OR l.holder = $holder THEN $holder ELSE l.holder END
WITH l, l.holder = $holder AS acquired
FOREACH (_ IN CASE WHEN acquired THEN [1] ELSE [] END |
  SET l.acquiredAt = datetime(),
      l.leaseUntil = datetime() + duration({milliseconds: $leaseMs})
)
RETURN acquired, l.holder AS holder, toString(l.leaseUntil) AS leaseUntil
