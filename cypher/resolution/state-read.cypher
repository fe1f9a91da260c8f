// The incremental person-resolution state of the last run (src/resolution/resolution-incremental.ts),
// from the unique ResolutionState.name: the model it was computed with, each person's fingerprint and
// the promising pairs (both as JSON text: one property each, read and written whole).
MATCH (s:ResolutionState {name: $name})
RETURN s.model AS model, s.fingerprints AS fingerprints, s.promising AS promising
