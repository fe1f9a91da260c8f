// The agency with jurisdiction over each scene (scene_id, then one relationship).
UNWIND $keys AS key
MATCH (:Scene {id: key})-[:INVESTIGATED_BY]->(a:Agency)
WITH key, a ORDER BY a.ori
WITH key, collect(a)[0] AS value
RETURN key, value
