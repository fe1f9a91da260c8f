// The gun each casing is matched to: FIRED_FROM (scene casing, confirmed hit with a test-fire)
// or TEST_FIRED_FROM (the test-fire itself). At most one per casing.
UNWIND $keys AS key
MATCH (:Casing {evidenceId: key})-[m:FIRED_FROM|TEST_FIRED_FROM]->(f:Firearm)
WITH key, f ORDER BY f.id
WITH key, collect(f)[0] AS value
RETURN key, value
