// Every person record with what resolution compares (label scan: the resolution run reads each person once).
MATCH (p:Person)
RETURN p.id AS id, p.firstName AS firstName, p.lastName AS lastName, toString(p.dateOfBirth) AS dateOfBirth,
       p.address AS address, p.city AS city, p.state AS state
