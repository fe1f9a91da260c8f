// Idempotent batch upsert of scenes and the investigating agency; starts from the scene_id and agency_ori constraints.
UNWIND $rows AS r
MERGE (s:Scene {id: r.id})
SET s.occurredAt = datetime(r.occurredAt), s.kind = r.kind, s.address = r.address, s.city = r.city,
    s.state = r.state, s.location = point({latitude: r.latitude, longitude: r.longitude})
WITH s, r
MATCH (a:Agency {ori: r.agencyOri})
MERGE (s)-[:INVESTIGATED_BY]->(a)
