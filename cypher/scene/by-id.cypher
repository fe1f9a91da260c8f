// Scenes by incident id (unique constraint scene_id).
UNWIND $keys AS key
MATCH (s:Scene {id: key})
RETURN key, s AS value
