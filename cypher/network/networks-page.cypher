// A keyset page of the stored trafficking networks, strongest first (rank: guns trafficked, then
// size), with optional filters. Walks the network_rank range index from the cursor's rank.
MATCH (x:Network)
WHERE x.rank > coalesce($afterSort, 0)
  AND ($state IS NULL OR $state IN x.states)
  AND ($from IS NULL OR x.lastActivity >= date($from))
  AND ($to IS NULL OR x.firstActivity <= date($to))
  AND x.size >= coalesce($minSize, 0)
  AND ($typology IS NULL OR x.typology = $typology)
WITH x ORDER BY x.rank LIMIT toInteger($limit)
RETURN x {.*} AS node, x.rank AS sort, x.id AS id
