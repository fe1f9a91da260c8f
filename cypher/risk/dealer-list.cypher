// Every FFL with what peer grouping needs (state, license type). Label scan of Ffl: the
// analysis job scores every dealer (thousands at scale M), once per run.
MATCH (f:Ffl)
RETURN f.license AS license, f.name AS name, f.state AS state, f.licenseType AS licenseType
