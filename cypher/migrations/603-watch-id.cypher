// Watchlists: each user's watches by (subject, kind, key); the id is the handle for removal.
CREATE CONSTRAINT watch_id IF NOT EXISTS FOR (n:Watch) REQUIRE n.id IS UNIQUE
