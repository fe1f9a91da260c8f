// Sample values to search for in the search benchmark: serials, person names and street
// addresses, scene addresses. Bounded: the first records of each label in store order, enough
// for $sets disjoint sets of inputs (each set: 30 serials, 20 names, 10 addresses, 10 scenes).
CALL () { MATCH (f:Firearm) WHERE f.serial IS NOT NULL WITH f LIMIT toInteger(30 * $sets) RETURN collect(f.serial) AS serials }
CALL () { MATCH (p:Person) WITH p LIMIT toInteger(20 * $sets) RETURN collect(p.firstName + ' ' + p.lastName) AS names, collect(p.address)[0..toInteger(10 * $sets)] AS addresses }
CALL () { MATCH (s:Scene) WHERE s.address IS NOT NULL WITH s LIMIT toInteger(10 * $sets) RETURN collect(s.address) AS scenes }
RETURN serials, names, addresses, scenes
