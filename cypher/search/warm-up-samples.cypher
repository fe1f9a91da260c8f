// Values the service searches for at start to warm Neo4j's search code (src/search/search-warm-up.ts).
// Nothing personal: serials, makes and models, dealer names and cities, scene addresses; no
// Person is read. Bounded: the first $n records of each label in store order.
CALL () { MATCH (f:Firearm) WHERE f.serial IS NOT NULL WITH f LIMIT toInteger($n) RETURN collect(f.serial) AS serials, collect(coalesce(f.make, '') + ' ' + coalesce(f.model, '')) AS models }
CALL () { MATCH (d:Ffl) WITH d LIMIT toInteger($n) RETURN collect(d.name) AS dealers, collect(d.city) AS cities }
CALL () { MATCH (s:Scene) WHERE s.address IS NOT NULL WITH s LIMIT toInteger($n) RETURN collect(s.address) AS scenes }
RETURN serials, models, dealers, cities, scenes
