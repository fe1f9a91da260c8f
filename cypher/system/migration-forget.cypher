// Marks schema migrations as not applied, so the next migration run (every start, `npm run
// migrate`) applies them again: a bulk load that drops the search indexes forgets them first,
// and a load that dies half-way leaves the indexes to be rebuilt rather than missing for good.
UNWIND $versions AS version
MATCH (m:SchemaMigration {version: version})
DELETE m
