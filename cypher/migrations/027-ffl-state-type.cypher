CREATE RANGE INDEX ffl_state_license_type IF NOT EXISTS FOR (n:Ffl) ON (n.state, n.licenseType)
