// Casings tied to a gun: lab test-fires (TEST_FIRED_FROM) and scene casings matched by a confirmed
// test-fire hit (FIRED_FROM). A hit on any casing of a series ties the gun to the whole series, so
// these pairs join confirmed series for the late-entry measure.
MATCH (c:Casing)-[r:FIRED_FROM|TEST_FIRED_FROM]->(f:Firearm)
WHERE c.recoveredAt IS NOT NULL
RETURN c.evidenceId AS id, f.id AS firearmId, type(r) = 'TEST_FIRED_FROM' AS testFire,
       c.recoveredAt.epochMillis AS recoveredMs, c.submittedToNibinAt.epochMillis AS enteredMs
