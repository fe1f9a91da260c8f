// A supervisor's decision on one conflict: the value kept before the conflict (CURRENT) or the one
// that came in (INCOMING) is written to the record, which then names that side's source as the
// source of its value. Idempotent: the same
// decision again changes nothing. Starts from the conflict_id constraint; the record from its own.
MATCH (c:Conflict {id: $id})
WITH c, c.kept = $keep AND c.status = 'RESOLVED' AS same
SET c.status = 'RESOLVED', c.kept = $keep,
    c.resolvedBy = CASE WHEN same THEN c.resolvedBy ELSE $subject END,
    c.resolvedAt = CASE WHEN same THEN c.resolvedAt ELSE datetime($at) END
WITH c, same
CALL (c, same) {
  WITH c, same WHERE NOT same
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
RETURN c AS conflict
