// Stores one batch of straw-purchase indicators. Starts from the unique Person.id; MERGE on the
// unique StrawPurchaseIndicators.personId, so a re-run replaces.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MERGE (x:StrawPurchaseIndicators {personId: row.personId})
SET x.computedAt = datetime($computedAt), x.purchases = toInteger(row.purchases),
    x.multipleSales = toInteger(row.multipleSales), x.dealersUsed = toInteger(row.dealersUsed),
    x.gunsRecovered = toInteger(row.gunsRecovered), x.recoveredFromOthersShortTtc = toInteger(row.recoveredFromOthersShortTtc),
    x.recoveredOutOfState = toInteger(row.recoveredOutOfState), x.shortestTimeToCrimeDays = toInteger(row.shortestTimeToCrimeDays),
    x.signals = row.signals, x.flagged = row.flagged
MERGE (p)-[:HAS_STRAW_PURCHASE_INDICATORS]->(x)
