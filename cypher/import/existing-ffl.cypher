// Which of the given keys already exist as Ffl nodes (import reference checks); starts from the Ffl.license uniqueness constraint.
UNWIND $keys AS k
MATCH (n:Ffl {license: k})
RETURN k AS key
