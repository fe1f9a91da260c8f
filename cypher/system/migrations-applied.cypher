// Versions already applied; the schema_migration_version constraint's index backs the lookup.
MATCH (m:SchemaMigration) RETURN m.version AS version ORDER BY version
