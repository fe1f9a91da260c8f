// Every save is a new version ("<investigation id>#<number>"): the constraint makes two saves
// that drew the same number fail instead of one overwriting the other.
CREATE CONSTRAINT investigation_version_id IF NOT EXISTS FOR (n:InvestigationVersion) REQUIRE n.id IS UNIQUE
