// Test support: pairs of distinct scenes tied by a CONFIRMED lead, starting from the lead_status index.
MATCH (l:Lead {status: 'CONFIRMED'})-[:CORRELATES]->(a:Casing)-[:RECOVERED_AT]->(sa:Scene)
MATCH (l)-[:CORRELATES]->(b:Casing)-[:RECOVERED_AT]->(sb:Scene)
WHERE sa.id < sb.id
RETURN DISTINCT sa.id AS sceneA, sb.id AS sceneB
