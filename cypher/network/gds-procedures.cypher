// Which of the named procedures the connected Neo4j has: the GDS availability probe (some
// hosted tiers lack Graph Data Science). Reads the procedure catalogue, not the graph.
SHOW PROCEDURES YIELD name
WHERE name IN $names
RETURN collect(name) AS found
