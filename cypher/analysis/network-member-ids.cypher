// Every stored network with its member ids, for the planted-truth quality check. Label scan
// of Network (tens to hundreds), each with its MEMBER_OF relationships (bounded by maxCrewSize).
MATCH (n:Network)
RETURN n.id AS id, n.rank AS rank, [(p:Person)-[:MEMBER_OF]->(n) | p.id] AS memberIds
ORDER BY n.rank
LIMIT toInteger($limit)
