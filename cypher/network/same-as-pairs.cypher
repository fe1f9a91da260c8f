// Every confirmed SAME_AS link (relationship type scan): the network job treats each resolved
// cluster as one person, and names in the network's evidence which resolution joined it.
MATCH (a:Person)-[s:SAME_AS]->(b:Person)
RETURN a.id AS a, b.id AS b, s.candidateId AS candidateId, s.score AS score, toString(s.confirmedAt) AS confirmedAt
