// Which of the given keys already exist as Scene nodes (import reference checks); starts from the Scene.id uniqueness constraint.
UNWIND $keys AS k
MATCH (n:Scene {id: k})
RETURN k AS key
