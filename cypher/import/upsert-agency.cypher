// Idempotent batch upsert of agency records; starts from the agency_ori constraint.
UNWIND $rows AS r
MERGE (a:Agency {ori: r.ori})
SET a.name = r.name, a.state = r.state, a.city = r.city, a.nibinPartner = r.nibinPartner
