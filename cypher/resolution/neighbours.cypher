// Neighbours of candidate people (from the unique Person.id): guns bought or recovered from them,
// known associates, dealers they bought from. Bounded per person.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id,
  COLLECT { MATCH (p)<-[:TO_PURCHASER]-(:Sale)-[:OF_FIREARM]->(g:Firearm) RETURN g.id UNION MATCH (p)<-[:FROM_POSSESSOR]-(:Recovery)-[:OF_FIREARM]->(g:Firearm) RETURN g.id LIMIT 200 } AS firearms,
  COLLECT { MATCH (p)-[:ASSOCIATE_OF]-(a:Person) RETURN DISTINCT a.id LIMIT 200 } AS associates,
  COLLECT { MATCH (p)<-[:TO_PURCHASER]-(:Sale)<-[:SOLD]-(f:Ffl) RETURN DISTINCT f.license LIMIT 200 } AS dealers
