// Firearms by id (unique constraint firearm_id).
UNWIND $keys AS key
MATCH (f:Firearm {id: key})
RETURN key, f AS value
