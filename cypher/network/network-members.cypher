// A keyset page of each network's members, most central (PageRank) first, optionally one role;
// one row per network with its total. Starts from the unique Network.id; members are bounded
// by the job's maxCrewSize.
UNWIND $keys AS key
MATCH (x:Network {id: key})
CALL (x) {
  MATCH (p:Person)-[m:MEMBER_OF]->(x)
  WHERE $role IS NULL OR m.role = $role
  WITH p, m ORDER BY m.centrality DESC, p.id
  RETURN collect({personId: p.id, role: m.role, centrality: m.centrality, betweenness: m.betweenness, evidence: coalesce(m.evidence, [])}) AS listed
}
WITH key, size(listed) AS total,
     [r IN listed WHERE $afterId IS NULL OR r.centrality < $afterSort OR (r.centrality = $afterSort AND r.personId > $afterId)][0..toInteger($limit)] AS page
RETURN key, {rows: [r IN page | {node: r, sort: r.centrality, id: r.personId}], total: total} AS value
