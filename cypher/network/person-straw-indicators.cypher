// Stored straw-purchase indicators of the given people. Starts from the unique
// StrawPurchaseIndicators.personId.
UNWIND $keys AS key
MATCH (x:StrawPurchaseIndicators {personId: key})
RETURN key, x {.*} AS value
