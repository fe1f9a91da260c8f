// The source of one write run (an import run, an importRecords call, a seed load): who sent the
// records, for which agency, and when they were received. Written once per run; every node and
// relationship the run writes lists its id in `sourceIds`. Starts from the source_id constraint.
MERGE (s:Source {id: $id})
ON CREATE SET s.kind = $kind, s.agencyOri = $agencyOri, s.subject = $subject, s.receivedAt = datetime($receivedAt), s.description = $description
