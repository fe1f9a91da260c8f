// Every watch of one user (what a subscription matches events against), at most $max.
MATCH (w:Watch) WHERE w.subject = $subject
WITH w ORDER BY w.kind, w.key LIMIT toInteger($max)
RETURN w.kind AS kind, w.key AS key
