// Which of the given keys already exist as Lead nodes (the import's fast path for new records); starts from the Lead.id uniqueness constraint.
UNWIND $keys AS k
MATCH (n:Lead {id: k})
RETURN k AS key
