// Which of the given keys already exist as Firearm nodes (import reference checks); starts from the Firearm.id uniqueness constraint.
UNWIND $keys AS k
MATCH (n:Firearm {id: k})
RETURN k AS key
