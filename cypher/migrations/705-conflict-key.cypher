// The conflicts of one record (docs/import.md, "Fields the rules tie are decided together"): a decision
// finds the other conflicts its record's send raised by the record's key.
CREATE RANGE INDEX conflict_key IF NOT EXISTS FOR (n:Conflict) ON (n.key)
