// The outbox counter: one node, locked by every transaction that appends events.
CREATE CONSTRAINT event_counter_name IF NOT EXISTS FOR (n:EventCounter) REQUIRE n.name IS UNIQUE
