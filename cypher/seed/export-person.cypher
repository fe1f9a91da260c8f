// Reads people back in import-record shape; starts from the person_id constraint.
UNWIND $keys AS k
MATCH (p:Person {id: k})
RETURN 'person' AS type, p.id AS id, p.firstName AS firstName, p.lastName AS lastName,
       p.dateOfBirth AS dateOfBirth, p.address AS address, p.city AS city, p.state AS state
