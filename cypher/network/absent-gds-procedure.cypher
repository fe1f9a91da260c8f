// Calls a GDS procedure that no release has. Used only by test/network: it proves that a
// ProcedureNotFound on gds.* reaches callers as GDS_UNAVAILABLE through the gateway's error map.
CALL gds.crimegunNotInstalled.stream('none')
