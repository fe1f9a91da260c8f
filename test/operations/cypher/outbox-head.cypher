// Test only: the last outbox sequence number (Event.seq index).
MATCH (e:Event)
RETURN coalesce(max(e.seq), 0) AS seq
