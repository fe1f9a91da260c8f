// Which of the given keys already exist as Recovery nodes (import reference checks); starts from the Recovery.id uniqueness constraint.
UNWIND $keys AS k
MATCH (n:Recovery {id: k})
RETURN k AS key
