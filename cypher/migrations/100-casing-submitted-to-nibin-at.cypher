// NIBIN timeliness (DOJ OIG: entry within 24-48 h): reports start from entry time ranges.
CREATE RANGE INDEX casing_submitted_to_nibin_at IF NOT EXISTS FOR (n:Casing) ON (n.submittedToNibinAt)
