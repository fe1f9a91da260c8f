// Every FFL with what peer grouping needs (state, license type) and where its premises are (its
// ATF field division). Label scan of Ffl: the analysis job scores every dealer, once per run.
MATCH (f:Ffl)
RETURN f.license AS license, f.name AS name, f.state AS state, f.licenseType AS licenseType,
       f.location.latitude AS latitude, f.location.longitude AS longitude
