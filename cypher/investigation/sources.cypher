// The write runs (imports, importRecords calls, seed loads) that told us about a reopened chart's
// nodes and links (their sourceIds), by source id (source_id constraint); at most $max, newest first.
UNWIND $ids AS sid
MATCH (s:Source {id: sid})
WITH s ORDER BY s.receivedAt DESC, s.id LIMIT toInteger($max)
RETURN s {.id, .kind, .agencyOri, .description, receivedAt: toString(s.receivedAt)} AS source
