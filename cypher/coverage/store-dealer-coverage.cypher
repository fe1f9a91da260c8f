// Adds the trace-coverage estimate to each dealer's stored risk (after the dealer-risk step of the
// same run wrote it). Starts from the unique DealerRisk.license. Dealers without a resolved trace
// get nulls: nothing can be estimated for them. coverageHash lets the next run skip an unchanged one.
UNWIND $rows AS row
MATCH (r:DealerRisk {license: row.license})
SET r.traceCoverage = row.traceCoverage, r.traceCoverageLow = row.traceCoverageLow, r.traceCoverageHigh = row.traceCoverageHigh,
    r.estimatedCrimeGuns = row.estimatedCrimeGuns, r.estimatedCrimeGunsLow = row.estimatedCrimeGunsLow,
    r.estimatedCrimeGunsHigh = row.estimatedCrimeGunsHigh, r.tracedGuns = toInteger(row.tracedGuns),
    r.underObserved = row.underObserved, r.scoreIfFullyObserved = row.scoreIfFullyObserved,
    r.scorePercentile = row.scorePercentile, r.coverageHash = row.coverageHash
