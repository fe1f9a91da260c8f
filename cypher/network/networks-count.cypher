// How many stored networks match the traffickingNetworks filters. Label scan of Network
// (tens to hundreds), only when totalCount is asked for.
MATCH (x:Network)
WHERE ($state IS NULL OR $state IN x.states)
  AND ($from IS NULL OR x.lastActivity >= date($from))
  AND ($to IS NULL OR x.firstActivity <= date($to))
  AND x.size >= coalesce($minSize, 0)
  AND ($typology IS NULL OR x.typology = $typology)
RETURN count(x) AS total
