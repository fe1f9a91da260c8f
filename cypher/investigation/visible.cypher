// One investigation, when the caller may open it: a grant to the caller or to the caller's
// agency ($grantees), looked up by grant key (investigation_grant_key). No row otherwise.
MATCH (i:Investigation {id: $id})
WHERE EXISTS { MATCH (g:InvestigationGrant) WHERE g.key IN [x IN $grantees | $id + '|' + x] }
RETURN i {.id, .name, .ownerSubject, .ownerAgencyOri, .latestVersion,
          createdAt: toString(i.createdAt), updatedAt: toString(i.updatedAt)} AS investigation
