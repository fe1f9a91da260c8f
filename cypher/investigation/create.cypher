// A new investigation owned by the caller, with the owner's grant (investigation_id and
// investigation_grant_key constraints). Its first version is added by add-version.
CREATE (i:Investigation {id: $id, name: $name, ownerSubject: $subject, ownerAgencyOri: $agencyOri,
                         createdAt: datetime($at), updatedAt: datetime($at), latestVersion: 0})
CREATE (:InvestigationGrant {key: $id + '|user:' + $subject, investigationId: $id, grantee: 'user:' + $subject,
                             role: 'OWNER', grantedAt: datetime($at), grantedBy: $subject})
RETURN i.id AS id
