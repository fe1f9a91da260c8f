// Reads NIBIN leads back in import-record shape (casings in evidence-id order); starts from the lead_id constraint.
UNWIND $keys AS k
MATCH (l:Lead {id: k})
OPTIONAL MATCH (l)-[:CORRELATES]->(c:Casing)
WITH l, c ORDER BY c.evidenceId
WITH l, collect(c.evidenceId) AS casings
RETURN 'lead' AS type, l.id AS id, casings AS casingIds, l.correlatedAt AS correlatedAt, l.score AS score,
       l.status AS status, l.reviewedAt AS reviewedAt, size(casings) AS linkCount
