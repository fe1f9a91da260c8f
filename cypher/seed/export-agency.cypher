// Reads agencies back in import-record shape; starts from the agency_ori constraint.
UNWIND $keys AS k
MATCH (a:Agency {ori: k})
RETURN 'agency' AS type, a.ori AS ori, a.name AS name, a.state AS state, a.city AS city, a.nibinPartner AS nibinPartner
