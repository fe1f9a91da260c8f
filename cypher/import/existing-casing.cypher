// Which of the given keys already exist as Casing nodes (import reference checks); starts from the Casing.evidenceId uniqueness constraint.
UNWIND $keys AS k
MATCH (n:Casing {evidenceId: k})
RETURN k AS key
