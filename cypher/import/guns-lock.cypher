// In an import's write transaction, after the decision epoch's lock and before it writes: locks the guns
// its sales and recoveries are of, in id order (two transactions locking overlapping guns never wait for
// each other in opposite orders), held to the commit. Two imports each checking one new record of a gun
// (one a sale, the other a recovery) read a graph without the other's; locked, the second to get here
// reads the first's committed record in gun-links.cypher, a statement of its own after this one (a read
// planned in the statement that locks may run before the lock: cypher/analysis/lock-acquire.cypher).
// Starts from the firearm_id constraint.
UNWIND $firearms AS k
MATCH (f:Firearm {id: k})
WITH f ORDER BY f.id
WITH collect(f) AS guns
CALL apoc.lock.nodes(guns)
RETURN size(guns) AS locked
