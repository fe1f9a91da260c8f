// The outbox: every event has a unique, monotonic sequence number; subscribers resume after theirs.
CREATE CONSTRAINT event_seq IF NOT EXISTS FOR (n:Event) REQUIRE n.seq IS UNIQUE
