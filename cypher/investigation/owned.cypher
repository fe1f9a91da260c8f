// One investigation when the caller owns it (investigation_id); no row otherwise.
MATCH (i:Investigation {id: $id})
WHERE i.ownerSubject = $subject
RETURN i.id AS id
