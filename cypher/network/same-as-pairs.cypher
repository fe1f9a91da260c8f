// Every confirmed SAME_AS link (relationship type scan): the network job treats each resolved cluster as one person.
MATCH (a:Person)-[:SAME_AS]->(b:Person)
RETURN a.id AS a, b.id AS b
