// Events after a sequence number, in order: a seek on the event_seq constraint's index.
MATCH (e:Event)
WHERE e.seq > $after
WITH e ORDER BY e.seq LIMIT toInteger($limit)
RETURN e {.*, at: toString(e.at)} AS event
