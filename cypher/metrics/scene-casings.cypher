// Every scene casing with its agency and its recovery and NIBIN-entry instants, for the agency
// metrics (analysis job, once per run). Test-fires have no scene and are read by firearm-casings.
MATCH (c:Casing)-[:RECOVERED_AT]->(s:Scene)-[:INVESTIGATED_BY]->(a:Agency)
WHERE c.recoveredAt IS NOT NULL
RETURN c.evidenceId AS id, s.id AS sceneId, a.ori AS ori, c.recoveredAt.epochMillis AS recoveredMs,
       c.submittedToNibinAt.epochMillis AS enteredMs, s.occurredAt.epochMillis AS sceneMs
