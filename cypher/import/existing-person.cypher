// Which of the given keys already exist as Person nodes (import reference checks); starts from the Person.id uniqueness constraint.
UNWIND $keys AS k
MATCH (n:Person {id: k})
RETURN k AS key
