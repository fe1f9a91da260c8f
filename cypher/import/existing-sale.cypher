// Which of the given keys already exist as Sale nodes (the import's fast path for new records); starts from the Sale.id uniqueness constraint.
UNWIND $keys AS k
MATCH (n:Sale {id: k})
RETURN k AS key
