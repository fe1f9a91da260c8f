// The same-gun set of each casing, nearest first:
//  1. casings reachable through NIBIN leads whose status is in $statuses (CONFIRMED, plus
//     UNREVIEWED when asked; REJECTED never). Quantified-path bounds cannot be parameters, so
//     the pattern is bounded at 10 hops (the API's maximum for maxHops) and the validated
//     $maxHops filters; ANY SHORTEST reaches each casing once by breadth-first search, so a
//     densely linked series does not blow up into every path;
//  2. casings matched to the same recovered gun as any of those (FIRED_FROM: a confirmed hit
//     with the gun's test-fire; TEST_FIRED_FROM: the test-fire itself): hops null.
UNWIND $keys AS key
MATCH (start:Casing {evidenceId: key})
CALL (start) {
  OPTIONAL MATCH p = ANY SHORTEST (start)((:Casing)<-[:CORRELATES]-(l:Lead WHERE l.status IN $statuses)-[:CORRELATES]->(:Casing)){1,10}(other:Casing)
  WITH other, length(p) / 2 AS hops
  WHERE other IS NULL OR (other <> start AND hops <= $maxHops)
  RETURN collect(other {.*, hops: hops}) AS viaLeads
}
CALL (start, viaLeads) {
  UNWIND [start] + viaLeads AS c
  OPTIONAL MATCH (:Casing {evidenceId: c.evidenceId})-[:FIRED_FROM|TEST_FIRED_FROM]->(:Firearm)<-[:FIRED_FROM|TEST_FIRED_FROM]-(m:Casing)
  WITH DISTINCT m
  WHERE m IS NOT NULL AND m <> start AND NOT m.evidenceId IN [x IN viaLeads | x.evidenceId]
  RETURN collect(m {.*, hops: null}) AS viaGun
}
UNWIND viaLeads + viaGun AS linked
WITH key, linked ORDER BY coalesce(linked.hops, 1000), linked.evidenceId
WITH key, collect(linked)[..toInteger($max)] AS value
RETURN key, value
