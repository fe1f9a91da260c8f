// The stored network each given person belongs to, with role and centrality. Starts from the
// unique Person.id (a person is a member of at most one network per run).
UNWIND $keys AS key
MATCH (p:Person {id: key})-[m:MEMBER_OF]->(x:Network)
RETURN key, {role: m.role, centrality: m.centrality, betweenness: m.betweenness, network: x {.*}} AS value
