// Stores one batch of trafficking networks: the Network, its members (MEMBER_OF with role and
// centrality), dealers and firearms. Starts from the unique Network.id, Person.id, Ffl.license
// and Firearm.id; MERGE, so a re-run replaces.
UNWIND $networks AS n
MERGE (x:Network {id: n.id})
SET x.computedAt = datetime($computedAt), x.rank = toInteger(n.rank), x.size = toInteger(n.size),
    x.method = n.method, x.strawPurchasers = toInteger(n.strawPurchasers), x.brokers = toInteger(n.brokers),
    x.possessors = toInteger(n.possessors), x.firearmCount = toInteger(n.firearmCount),
    x.dealerCount = toInteger(n.dealerCount), x.traffickedGuns = toInteger(n.traffickedGuns),
    x.repeatStrawPurchasers = toInteger(n.repeatStrawPurchasers), x.outOfStateShare = toFloat(n.outOfStateShare),
    x.medianTimeToCrimeDays = n.medianTimeToCrimeDays, x.typology = n.typology, x.corridor = n.corridor, x.evidence = n.evidence,
    x.sourceStates = n.sourceStates, x.destinationStates = n.destinationStates, x.states = n.sourceStates + n.destinationStates,
    x.firstActivity = date(n.firstActivity), x.lastActivity = date(n.lastActivity)
WITH x, n
CALL (x, n) {
  UNWIND n.members AS m
  MATCH (p:Person {id: m.id})
  MERGE (p)-[r:MEMBER_OF]->(x)
  SET r.role = m.role, r.centrality = m.centrality, r.betweenness = m.betweenness, r.evidence = m.evidence, r.computedAt = datetime($computedAt)
}
CALL (x, n) {
  UNWIND n.dealers AS d
  MATCH (f:Ffl {license: d.license})
  MERGE (x)-[r:INVOLVES_DEALER]->(f)
  SET r.guns = toInteger(d.guns)
}
CALL (x, n) {
  UNWIND n.firearms AS gid
  MATCH (g:Firearm {id: gid})
  MERGE (x)-[:INVOLVES_FIREARM]->(g)
}
RETURN count(x) AS stored
