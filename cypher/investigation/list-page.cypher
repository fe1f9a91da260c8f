// A keyset page of the investigations the caller may open (own, shared with the caller, shared
// with the caller's agency), most recently saved first. Starts from the grants of $grantees
// (investigation_grant_grantee), then each investigation by id.
UNWIND $grantees AS grantee
MATCH (g:InvestigationGrant) WHERE g.grantee = grantee
MATCH (i:Investigation {id: g.investigationId})
WITH DISTINCT i
WHERE $afterSort IS NULL OR i.updatedAt < datetime($afterSort) OR (i.updatedAt = datetime($afterSort) AND i.id < $afterId)
WITH i ORDER BY i.updatedAt DESC, i.id DESC LIMIT toInteger($limit)
RETURN i {.id, .name, .ownerSubject, .ownerAgencyOri, .latestVersion,
          createdAt: toString(i.createdAt), updatedAt: toString(i.updatedAt)} AS node,
       toString(i.updatedAt) AS sort, i.id AS id
