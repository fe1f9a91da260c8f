// Records of the labels the full-text search indexes cover (Neo4j's count store: no scan). Zero
// means the graph holds nothing search could find, so a large import may build those indexes
// once after its writes instead of keeping them current at every commit.
CALL { MATCH (n:Person) RETURN count(n) AS c UNION ALL MATCH (n:Firearm) RETURN count(n) AS c UNION ALL MATCH (n:Ffl) RETURN count(n) AS c UNION ALL MATCH (n:Agency) RETURN count(n) AS c UNION ALL MATCH (n:Scene) RETURN count(n) AS c UNION ALL MATCH (n:Casing) RETURN count(n) AS c }
RETURN sum(c) AS records
