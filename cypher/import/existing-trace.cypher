// Which of the given keys already exist as Trace nodes (the import's fast path for new records); starts from the Trace.id uniqueness constraint.
UNWIND $keys AS k
MATCH (n:Trace {id: k})
RETURN k AS key
