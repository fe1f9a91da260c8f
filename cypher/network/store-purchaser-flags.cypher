// Stores one batch of flagged purchasers: a PurchaserFlag per person with rank, score and the
// evidence that put them there, linked to the Person. Starts from the unique Person.id and
// PurchaserFlag.personId; MERGE, so a re-run replaces.
UNWIND $flags AS x
MATCH (p:Person {id: x.personId})
MERGE (f:PurchaserFlag {personId: x.personId})
SET f.computedAt = datetime($computedAt), f.rank = toInteger(x.rank), f.score = toFloat(x.score),
    f.strawGuns = toInteger(x.strawGuns), f.veryShortGuns = toInteger(x.veryShortGuns),
    f.outOfStateGuns = toInteger(x.outOfStateGuns), f.purchases = toInteger(x.purchases),
    f.purchaseEvents = toInteger(x.purchaseEvents), f.dealers = toInteger(x.dealers),
    f.multipleSales = toInteger(x.multipleSales), f.stolenExcluded = toInteger(x.stolenExcluded),
    f.networkId = x.networkId, f.typology = x.typology, f.evidence = x.evidence
MERGE (f)-[:FLAGS]->(p)
RETURN count(f) AS stored
