// A supervisor's decision on one conflict: the value kept before the conflict (CURRENT) or the one
// that came in (INCOMING) is written to the record, which then names that side's source as the
// source of its value. A conflict on a link (`link` set: the record's gun, scene, purchaser…) re-points
// the link: the record's links of that type are replaced by links to the kept side's nodes (a hit's
// link keeps its confirmation time; links derived from a NIBIN series are left alone).
// Idempotent: the same decision again changes nothing. Starts from the conflict_id constraint; the
// record and the linked nodes from their own.
MATCH (c:Conflict {id: $id})
WITH c, c.kept = $keep AND c.status = 'RESOLVED' AS same
SET c.status = 'RESOLVED', c.kept = $keep,
    c.resolvedBy = CASE WHEN same THEN c.resolvedBy ELSE $subject END,
    c.resolvedAt = CASE WHEN same THEN c.resolvedAt ELSE datetime($at) END
WITH c, same
CALL (c, same) {
  WITH c, same WHERE NOT same AND c.link IS NULL
  CALL (c) {
    WITH c WHERE c.label = 'Manufacturer'
    MATCH (n:Manufacturer {name: c.key})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
    UNION
    WITH c WHERE c.label = 'Agency'
    MATCH (n:Agency {ori: c.key})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
    UNION
    WITH c WHERE c.label = 'Ffl'
    MATCH (n:Ffl {license: c.key})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
    UNION
    WITH c WHERE c.label = 'Person'
    MATCH (n:Person {id: c.key})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
    UNION
    WITH c WHERE c.label = 'Firearm'
    MATCH (n:Firearm {id: c.key})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
    UNION
    WITH c WHERE c.label = 'Scene'
    MATCH (n:Scene {id: c.key})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
    UNION
    WITH c WHERE c.label = 'Casing'
    MATCH (n:Casing {evidenceId: c.key})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
    UNION
    WITH c WHERE c.label = 'Sale'
    MATCH (n:Sale {id: c.key})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
    UNION
    WITH c WHERE c.label = 'Recovery'
    MATCH (n:Recovery {id: c.key})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
    UNION
    WITH c WHERE c.label = 'Trace'
    MATCH (n:Trace {id: c.key})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
    UNION
    WITH c WHERE c.label = 'Lead'
    MATCH (n:Lead {id: c.key})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
    UNION
    WITH c WHERE c.label = 'TheftReport'
    MATCH (n:TheftReport {id: c.key})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
    UNION
    WITH c WHERE c.label = 'ASSOCIATE_OF'
    MATCH (:Person {id: split(c.key, '>')[0]})-[n:ASSOCIATE_OF]->(:Person {id: split(c.key, '>')[1]})
    SET n += apoc.map.fromValues([c.field, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END]),
        n.valueSourceOri = CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END,
        n.valueSourceId = CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END
    RETURN count(*) AS applied
  }
  RETURN sum(applied) AS applied
}
CALL (c, same) {
  WITH c, same WHERE NOT same AND c.link IS NOT NULL
  CALL (c) {
    WITH c WHERE c.label = 'Firearm'
    MATCH (n:Firearm {id: c.key})
    RETURN n
    UNION
    WITH c WHERE c.label = 'Scene'
    MATCH (n:Scene {id: c.key})
    RETURN n
    UNION
    WITH c WHERE c.label = 'Casing'
    MATCH (n:Casing {evidenceId: c.key})
    RETURN n
    UNION
    WITH c WHERE c.label = 'Sale'
    MATCH (n:Sale {id: c.key})
    RETURN n
    UNION
    WITH c WHERE c.label = 'Recovery'
    MATCH (n:Recovery {id: c.key})
    RETURN n
    UNION
    WITH c WHERE c.label = 'Trace'
    MATCH (n:Trace {id: c.key})
    RETURN n
    UNION
    WITH c WHERE c.label = 'Lead'
    MATCH (n:Lead {id: c.key})
    RETURN n
    UNION
    WITH c WHERE c.label = 'TheftReport'
    MATCH (n:TheftReport {id: c.key})
    RETURN n
  }
  WITH c, n, CASE WHEN $keep = 'INCOMING' THEN c.incomingTyped ELSE c.currentTyped END AS kept,
       CASE WHEN $keep = 'INCOMING' THEN c.incomingSourceId ELSE c.currentSourceId END AS keptSourceId,
       CASE WHEN $keep = 'INCOMING' THEN c.incomingOri ELSE c.currentOri END AS keptOri,
       c.link IN ['SOLD', 'REQUESTED'] AS inbound
  SET n.valueSourceOri = keptOri, n.valueSourceId = keptSourceId
  WITH c, n, kept, keptSourceId, inbound
  CALL (c, n, inbound) {
    MATCH (n)-[o]-()
    WHERE type(o) = c.link AND (endNode(o) = n) = inbound AND NOT coalesce(o.derived, false)
    DELETE o
  }
  UNWIND coalesce(kept, []) AS value
  WITH c, n, keptSourceId, inbound, split(value, '@')[0] AS key, CASE WHEN c.link = 'FIRED_FROM' THEN datetime(split(value, '@')[1]) END AS confirmedAt
  CALL (c, key) {
    WITH c, key WHERE c.link IN ['OF_FIREARM', 'TEST_FIRED_FROM', 'FIRED_FROM', 'REPORTS_THEFT_OF']
    MATCH (t:Firearm {id: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['BY_AGENCY', 'INVESTIGATED_BY', 'REQUESTED', 'REPORTED_BY']
    MATCH (t:Agency {ori: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['AT_SCENE', 'RECOVERED_AT']
    MATCH (t:Scene {id: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['FROM_POSSESSOR', 'TO_PURCHASER', 'RESOLVED_PURCHASER']
    MATCH (t:Person {id: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['SOLD', 'RESOLVED_DEALER', 'REPORTED_BY_FFL']
    MATCH (t:Ffl {license: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['FOR_RECOVERY']
    MATCH (t:Recovery {id: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['CORRELATES']
    MATCH (t:Casing {evidenceId: key})
    RETURN t
    UNION
    WITH c, key WHERE c.link IN ['MADE_BY']
    MATCH (t:Manufacturer {name: key})
    RETURN t
  }
  WITH c, n, t, inbound, {sourceIds: [s IN [keptSourceId] WHERE s IS NOT NULL]} AS base, confirmedAt
  CALL apoc.create.relationship(CASE WHEN inbound THEN t ELSE n END, c.link,
    CASE WHEN confirmedAt IS NULL THEN base ELSE apoc.map.setKey(base, 'confirmedAt', confirmedAt) END,
    CASE WHEN inbound THEN n ELSE t END) YIELD rel
  RETURN count(rel) AS linked
}
RETURN c AS conflict
