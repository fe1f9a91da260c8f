// Stores one version (never overwrites: investigation_version_id is unique) and makes it the
// investigation's latest. `nodes` and `annotations` are JSON text: node ids, positions,
// notes and fingerprints, never a person's personal data.
MATCH (i:Investigation {id: $id})
CREATE (v:InvestigationVersion {id: $id + '#' + toString($number), investigationId: $id, number: $number,
                                name: $name, note: $note, savedAt: datetime($at), savedBy: $subject,
                                nodeCount: $nodeCount, nodes: $nodes, annotations: $annotations})
CREATE (i)-[:HAS_VERSION]->(v)
SET i.name = $name, i.updatedAt = datetime($at)
RETURN v.number AS number
