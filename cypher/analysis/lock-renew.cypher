// Extends the lease while the holder's run goes on; 0 rows renewed = the lease was lost.
MATCH (l:AnalysisLock {name: $name})
WHERE l.holder = $holder
SET l.leaseUntil = datetime() + duration({milliseconds: $leaseMs})
RETURN count(l) AS renewed
