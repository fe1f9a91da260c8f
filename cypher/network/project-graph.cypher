// Projects the trafficking graph into GDS (Cypher aggregation projection, undirected):
// purchaser -BOUGHT- firearm -RECOVERED_FROM- possessor for guns recovered within the short
// time-to-crime window (ATF: under 3 years suggests trafficking) from someone other than the
// purchaser (or from no one known), dealer -SOLD- firearm for those guns, known associations
// of the people involved, and NIBIN links between those guns (casings of both at one scene).
// Starts from a label scan of Recovery (the job reads every recovery once per run).
MATCH (r:Recovery)-[:OF_FIREARM]->(g:Firearm)<-[:OF_FIREARM]-(s:Sale)-[:TO_PURCHASER]->(p:Person)
WHERE s.soldOn <= r.recoveredOn AND duration.inDays(s.soldOn, r.recoveredOn).days <= $shortDays
OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(pos:Person)
WITH r, g, s, p, pos
WHERE pos IS NULL OR pos <> p
MATCH (f:Ffl)-[:SOLD]->(s)
WITH collect({p: p, g: g, pos: pos, f: f}) AS paths
CALL (paths) {
  UNWIND paths AS x
  RETURN x.p AS source, x.g AS target, 'BOUGHT' AS type
  UNION
  UNWIND paths AS x
  WITH x WHERE x.pos IS NOT NULL
  RETURN x.g AS source, x.pos AS target, 'RECOVERED_FROM' AS type
  UNION
  UNWIND paths AS x
  RETURN x.f AS source, x.g AS target, 'SOLD' AS type
  UNION
  UNWIND paths AS x
  UNWIND [x.p, x.pos] AS a
  WITH DISTINCT a WHERE a IS NOT NULL
  MATCH (a)-[:ASSOCIATE_OF]-(b:Person)
  RETURN a AS source, b AS target, 'ASSOCIATE_OF' AS type
  UNION
  UNWIND paths AS x
  WITH DISTINCT x.g AS g1
  MATCH (g1)<-[:FIRED_FROM]-(:Casing)-[:RECOVERED_AT]->(:Scene)<-[:RECOVERED_AT]-(:Casing)-[:FIRED_FROM]->(g2:Firearm)
  WHERE g1 <> g2
  RETURN g1 AS source, g2 AS target, 'NIBIN_LINK' AS type
}
WITH gds.graph.project(
  $graphName, source, target,
  { sourceNodeLabels: labels(source), targetNodeLabels: labels(target), relationshipType: type },
  { undirectedRelationshipTypes: ['*'] }
) AS graph
RETURN graph.graphName AS graphName, graph.nodeCount AS nodeCount, graph.relationshipCount AS relationshipCount
