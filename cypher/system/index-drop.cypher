// Drops one index by name (a schema command: run on its own, never EXPLAINed).
DROP INDEX $name IF EXISTS
