// totalCount of one user's watchlist.
MATCH (w:Watch) WHERE w.subject = $subject
RETURN count(w) AS total
