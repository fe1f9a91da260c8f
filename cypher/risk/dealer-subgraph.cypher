// The neighbourhood of a dealer for drawing: its sales (guns that were later recovered first,
// then newest), the guns and purchasers; at depth ≥ 2 the recoveries of those guns with scenes
// and possessors; at depth 3 the other dealers those purchasers bought from. Every part has a
// LIMIT. Every gun traced to the dealer is included, also without a sale record here (a dealer
// that keeps no records still shows its traced guns: unrecorded[]). Starts from the unique Ffl.license.
MATCH (f:Ffl {license: $license})
CALL (f) {
  MATCH (f)-[:SOLD]->(s:Sale)-[:OF_FIREARM]->(g:Firearm)
  OPTIONAL MATCH (s)-[:TO_PURCHASER]->(p:Person)
  WITH s, g, p, COUNT { (g)<-[:OF_FIREARM]-(:Recovery) } AS recoveries
  ORDER BY recoveries DESC, s.soldOn DESC, s.id
  LIMIT toInteger($maxSales)
  RETURN collect({sale: properties(s), gun: properties(g), purchaser: properties(p)}) AS sales,
         collect(g) AS guns, collect(DISTINCT p) AS purchasers
}
CALL (guns) {
  UNWIND guns AS g
  WITH g WHERE $depth >= 2
  MATCH (r:Recovery)-[:OF_FIREARM]->(g)
  OPTIONAL MATCH (r)-[:AT_SCENE]->(sc:Scene)
  OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(pos:Person)
  WITH r, g, sc, pos ORDER BY r.recoveredOn DESC, r.id LIMIT toInteger($maxRecoveries)
  RETURN collect({recovery: properties(r), gunId: g.id, scene: properties(sc), possessor: properties(pos)}) AS recoveries
}
CALL (f, purchasers) {
  UNWIND purchasers AS p
  WITH p WHERE $depth >= 3
  MATCH (p)<-[:TO_PURCHASER]-(s2:Sale)<-[:SOLD]-(f2:Ffl)
  WHERE f2 <> f
  OPTIONAL MATCH (s2)-[:OF_FIREARM]->(g2:Firearm)
  WITH p, s2, f2, g2 ORDER BY s2.soldOn DESC, s2.id LIMIT toInteger($maxOtherSales)
  RETURN collect({purchaserId: p.id, sale: properties(s2), dealer: properties(f2), gun: properties(g2)}) AS otherSales
}
CALL (f) {
  MATCH (t:Trace)-[:RESOLVED_DEALER]->(f)
  MATCH (t)-[:FOR_RECOVERY]->(r:Recovery)-[:OF_FIREARM]->(g:Firearm)
  WHERE NOT EXISTS { (f)-[:SOLD]->(:Sale)-[:OF_FIREARM]->(g) }
  OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(pos:Person)
  WITH t, r, g, pos ORDER BY t.requestedAt DESC, t.id LIMIT toInteger($maxSales)
  RETURN collect({trace: properties(t), recovery: properties(r), gun: properties(g), possessor: properties(pos)}) AS unrecorded
}
RETURN properties(f) AS dealer, sales, recoveries, otherSales, unrecorded, COUNT { (f)-[:SOLD]->(:Sale) } AS totalSales
