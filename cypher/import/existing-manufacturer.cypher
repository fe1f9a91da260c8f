// Which of the given keys already exist as Manufacturer nodes (import reference checks); starts from the Manufacturer.name uniqueness constraint.
UNWIND $keys AS k
MATCH (n:Manufacturer {name: k})
RETURN k AS key
