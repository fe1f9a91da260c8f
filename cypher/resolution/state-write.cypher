// Replaces the incremental person-resolution state after a run (unique ResolutionState.name).
MERGE (s:ResolutionState {name: $name})
SET s.model = $model, s.fingerprints = $fingerprints, s.promising = $promising, s.computedAt = datetime($computedAt)
