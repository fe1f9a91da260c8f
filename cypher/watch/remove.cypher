// Removes one of the user's own watches (watch_id); returns how many went (0 or 1).
MATCH (w:Watch {id: $id})
WHERE w.subject = $subject
DETACH DELETE w
RETURN count(*) AS removed
