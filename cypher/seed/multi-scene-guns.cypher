// Test support: guns confirmed (FIRED_FROM) at two or more scenes. Starts from a label scan of
// Firearm (no index can name "every gun"); meant for the scale-S test graph, not for requests.
MATCH (g:Firearm)<-[:FIRED_FROM]-(:Casing)-[:RECOVERED_AT]->(s:Scene)
WITH g, count(DISTINCT s) AS scenes
WHERE scenes >= 2
RETURN g.id AS firearmId, scenes
