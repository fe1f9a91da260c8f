// Test cleanup (test/investigator): removes the scenes, casings and leads a test wrote, all
// with ids starting with $prefix (e.g. INVTEST-). Each part starts from its id constraint.
CALL () { MATCH (s:Scene) WHERE s.id STARTS WITH $prefix DETACH DELETE s }
CALL () { MATCH (c:Casing) WHERE c.evidenceId STARTS WITH $prefix DETACH DELETE c }
CALL () { MATCH (l:Lead) WHERE l.id STARTS WITH $prefix DETACH DELETE l }
