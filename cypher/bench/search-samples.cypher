// Sample values to search for in the search benchmark: serials, person names and street addresses, scene addresses (bounded samples).
CALL () { MATCH (f:Firearm) WHERE f.serial IS NOT NULL RETURN collect(f.serial)[0..40] AS serials }
CALL () { MATCH (p:Person) RETURN collect(p.firstName + ' ' + p.lastName)[0..40] AS names, collect(p.address)[0..20] AS addresses }
CALL () { MATCH (s:Scene) WHERE s.address IS NOT NULL RETURN collect(s.address)[0..20] AS scenes }
RETURN serials, names, addresses, scenes
