// Evidence ids of the casings the given leads correlate (lead_id): whose series a lead change touches.
UNWIND $leadIds AS id
MATCH (:Lead {id: id})-[:CORRELATES]->(c:Casing)
RETURN collect(DISTINCT c.evidenceId) AS evidenceIds
