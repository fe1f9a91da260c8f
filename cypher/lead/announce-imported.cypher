// Leads written by an import whose status has not been announced yet: new leads, and leads an
// import moved to another status. Marks them announced, so a re-import of the same records is
// silent (idempotent). Returns what the outbox must say. Starts from lead_id.
UNWIND $leadIds AS id
MATCH (l:Lead {id: id})
WHERE l.announcedStatus IS NULL OR l.announcedStatus <> l.status
WITH l, CASE WHEN l.announcedStatus IS NULL AND l.status = 'CONFIRMED' THEN 'HIT_CONFIRMED'
             WHEN l.announcedStatus IS NULL THEN 'LEAD_CREATED'
             WHEN l.status = 'CONFIRMED' THEN 'HIT_CONFIRMED'
             WHEN l.status = 'REJECTED' THEN 'LEAD_REJECTED'
             ELSE 'LEAD_REOPENED' END AS kind
SET l.announcedStatus = l.status
RETURN l.id AS leadId, kind
ORDER BY l.correlatedAt, l.id
