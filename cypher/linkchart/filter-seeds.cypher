// Link charts (mostConnected with a filter): the starting nodes of a chart chosen by state, for
// the kinds that carry an indexed state (Ffl 027, Person 029, Recovery 033, Agency 037).
// Dealers come riskiest first (riskScore from the analysis job), then by key, so the
// same filter always picks the same seeds. Bounded by $max.
CALL () {
  MATCH (n:Ffl) WHERE $kind = 'Ffl' AND n.state = $state
  RETURN n, coalesce(n.riskScore, -1.0) AS rank, n.license AS key
  UNION ALL
  MATCH (n:Person) WHERE $kind = 'Person' AND n.state = $state
  RETURN n, 0.0 AS rank, n.id AS key
  UNION ALL
  MATCH (n:Recovery) WHERE $kind = 'Recovery' AND n.state = $state
  RETURN n, 0.0 AS rank, n.id AS key
  UNION ALL
  MATCH (n:Agency) WHERE $kind = 'Agency' AND n.state = $state
  RETURN n, 0.0 AS rank, n.ori AS key
}
WITH n, rank, key
ORDER BY rank DESC, key
LIMIT toInteger($max)
RETURN $kind + ':' + key AS seed
