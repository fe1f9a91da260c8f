// Every stored network with its typology and members by role, for the typology evaluation.
// Label scan of Network (tens to hundreds), each with its MEMBER_OF relationships.
MATCH (n:Network)
RETURN n.id AS id, n.typology AS typology, n.corridor AS corridor,
       [(p:Person)-[m:MEMBER_OF]->(n) | {id: p.id, role: m.role}] AS members
ORDER BY n.rank
LIMIT toInteger($limit)
