// Constraint and index names with their state: what the migrations produced.
SHOW INDEXES YIELD name, type, state, owningConstraint
RETURN collect(CASE WHEN owningConstraint IS NOT NULL THEN name END) AS constraints,
       collect(CASE WHEN owningConstraint IS NULL AND type <> 'LOOKUP' THEN name END) AS indexes,
       sum(CASE WHEN state <> 'ONLINE' THEN 1 ELSE 0 END) AS offline
