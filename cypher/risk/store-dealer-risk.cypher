// Stores one batch of dealer-risk scores, each with its whole indicator breakdown (`breakdown`:
// JSON text, one object per indicator; a null value means "not enough evidence", see
// src/risk/risk-breakdown.codec.ts) and the dealer's ATF field division (from its premises), and
// writes riskScore / riskComputedAt on the Ffl (the link chart sizes dealer nodes by it). Starts from the unique Ffl.license; MERGE on the unique DealerRisk.license, and
// `SET r = ...` replaces every property, so a re-run leaves nothing of the previous one; contentHash
// lets the next run skip the dealer when its result is unchanged.
UNWIND $rows AS row
MATCH (f:Ffl {license: row.license})
MERGE (r:DealerRisk {license: row.license})
SET r = row.props
SET r.license = row.license, r.contentHash = row.contentHash, r.computedAt = datetime($computedAt), r.rank = toInteger(row.rank),
    r.name = f.name, r.state = f.state, r.licenseType = f.licenseType, r.division = row.division,
    r.peerCount = toInteger(row.peerCount), r.traces = toInteger(row.traces),
    r.demandLetter2Years = [y IN row.demandLetter2Years | toInteger(y)]
SET f.riskScore = row.props.score, f.riskComputedAt = datetime($computedAt)
MERGE (f)-[:HAS_RISK]->(r)
