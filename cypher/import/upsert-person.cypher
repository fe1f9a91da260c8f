// Idempotent batch upsert of person records; starts from the person_id constraint.
UNWIND $rows AS r
MERGE (p:Person {id: r.id})
SET p.firstName = r.firstName, p.lastName = r.lastName, p.dateOfBirth = date(r.dateOfBirth),
    p.address = r.address, p.city = r.city, p.state = r.state
