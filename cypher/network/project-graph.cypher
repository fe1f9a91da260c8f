// Projects the trafficking graph into GDS (Cypher aggregation projection, undirected):
// purchaser -BOUGHT- firearm -RECOVERED_FROM- possessor for guns recovered within the short
// time-to-crime window (ATF: under 3 years suggests trafficking) from someone other than the
// purchaser (or from no one known), dealer -SOLD- firearm for those guns, known associations
// of the people involved, and NIBIN links between those guns (casings of both at one scene).
// Each branch starts from a label scan of Recovery (the job reads every recovery once per run)
// and streams its pairs, so the transaction never holds the whole path list.
CALL () {
  MATCH (r:Recovery)-[:OF_FIREARM]->(g:Firearm)<-[:OF_FIREARM]-(s:Sale)-[:TO_PURCHASER]->(p:Person)
  WHERE s.soldOn <= r.recoveredOn AND duration.inDays(s.soldOn, r.recoveredOn).days <= $shortDays
    AND NOT EXISTS { (r)-[:FROM_POSSESSOR]->(p) }
  RETURN p AS source, g AS target, 'BOUGHT' AS type
  UNION
  MATCH (r:Recovery)-[:OF_FIREARM]->(g:Firearm)<-[:OF_FIREARM]-(s:Sale)-[:TO_PURCHASER]->(p:Person)
  WHERE s.soldOn <= r.recoveredOn AND duration.inDays(s.soldOn, r.recoveredOn).days <= $shortDays
  MATCH (r)-[:FROM_POSSESSOR]->(pos:Person)
  WHERE pos <> p
  RETURN g AS source, pos AS target, 'RECOVERED_FROM' AS type
  UNION
  MATCH (r:Recovery)-[:OF_FIREARM]->(g:Firearm)<-[:OF_FIREARM]-(s:Sale)-[:TO_PURCHASER]->(p:Person)
  WHERE s.soldOn <= r.recoveredOn AND duration.inDays(s.soldOn, r.recoveredOn).days <= $shortDays
    AND NOT EXISTS { (r)-[:FROM_POSSESSOR]->(p) }
  MATCH (f:Ffl)-[:SOLD]->(s)
  RETURN f AS source, g AS target, 'SOLD' AS type
  UNION
  MATCH (r:Recovery)-[:OF_FIREARM]->(g:Firearm)<-[:OF_FIREARM]-(s:Sale)-[:TO_PURCHASER]->(p:Person)
  WHERE s.soldOn <= r.recoveredOn AND duration.inDays(s.soldOn, r.recoveredOn).days <= $shortDays
    AND NOT EXISTS { (r)-[:FROM_POSSESSOR]->(p) }
  OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(pos:Person)
  UNWIND [p, pos] AS a
  WITH DISTINCT a WHERE a IS NOT NULL
  MATCH (a)-[:ASSOCIATE_OF]-(b:Person)
  RETURN a AS source, b AS target, 'ASSOCIATE_OF' AS type
  UNION
  MATCH (r:Recovery)-[:OF_FIREARM]->(g1:Firearm)<-[:OF_FIREARM]-(s:Sale)
  WHERE s.soldOn <= r.recoveredOn AND duration.inDays(s.soldOn, r.recoveredOn).days <= $shortDays
  WITH DISTINCT g1
  MATCH (g1)<-[:FIRED_FROM]-(:Casing)-[:RECOVERED_AT]->(sc:Scene)
  WITH DISTINCT g1, sc
  MATCH (sc)<-[:RECOVERED_AT]-(:Casing)-[:FIRED_FROM]->(g2:Firearm)
  WHERE g1 <> g2
  RETURN DISTINCT g1 AS source, g2 AS target, 'NIBIN_LINK' AS type
}
WITH gds.graph.project(
  $graphName, source, target,
  { sourceNodeLabels: labels(source), targetNodeLabels: labels(target), relationshipType: type },
  { undirectedRelationshipTypes: ['*'] }
) AS graph
RETURN graph.graphName AS graphName, graph.nodeCount AS nodeCount, graph.relationshipCount AS relationshipCount
