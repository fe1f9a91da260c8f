// Stores one batch of dealer-risk scores with their indicator breakdown, and writes riskScore /
// riskComputedAt on the Ffl (the link chart sizes dealer nodes by it). Starts from the unique
// Ffl.license; MERGE on the unique DealerRisk.license and RiskIndicator.id, so a re-run replaces.
UNWIND $rows AS row
MATCH (f:Ffl {license: row.license})
MERGE (r:DealerRisk {license: row.license})
SET r.computedAt = datetime($computedAt), r.score = row.score, r.rank = toInteger(row.rank),
    r.name = f.name, r.state = f.state, r.licenseType = f.licenseType,
    r.peerGroup = row.peerGroup, r.peerCount = toInteger(row.peerCount), r.traces = toInteger(row.traces),
    r.traceDates = [d IN row.traceDates | date(d)], r.demandLetter2Years = [y IN row.demandLetter2Years | toInteger(y)]
SET f.riskScore = row.score, f.riskComputedAt = datetime($computedAt)
MERGE (f)-[:HAS_RISK]->(r)
WITH r, row
UNWIND row.indicators AS ind
MERGE (i:RiskIndicator {id: row.license + '|' + ind.key})
SET i.license = row.license, i.key = ind.key, i.position = toInteger(ind.position), i.value = ind.value,
    i.percentile = ind.percentile, i.peerGroup = ind.peerGroup, i.peerCount = toInteger(ind.peerCount), i.weight = ind.weight, i.contribution = ind.contribution,
    i.detail = ind.detail, i.computedAt = datetime($computedAt)
MERGE (r)-[:HAS_INDICATOR]->(i)
