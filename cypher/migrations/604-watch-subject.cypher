// A user's watchlist, and whether a watch already exists (idempotent add).
CREATE RANGE INDEX watch_subject_kind_key IF NOT EXISTS FOR (n:Watch) ON (n.subject, n.kind, n.key)
