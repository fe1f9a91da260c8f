// Nodes per label and relationships per type from Neo4j's count store (APOC): constant time at any scale.
CALL apoc.meta.stats() YIELD labels, relTypesCount
RETURN labels, relTypesCount
