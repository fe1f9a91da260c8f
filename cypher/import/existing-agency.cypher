// Which of the given keys already exist as Agency nodes (import reference checks); starts from the Agency.ori uniqueness constraint.
UNWIND $keys AS k
MATCH (n:Agency {ori: k})
RETURN k AS key
