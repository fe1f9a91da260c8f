MERGE (m:SchemaMigration {version: $version})
ON CREATE SET m.appliedAt = datetime()
RETURN m.version AS version
