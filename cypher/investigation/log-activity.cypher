// One entry of an investigation's activity log (saved, shared, unshared, opened); the request's
// audit record carries the same requestId.
CREATE (:InvestigationActivity {id: $activityId, investigationId: $id, action: $action, version: $version,
                                subject: $subject, agencyOri: $agencyOri, at: datetime($at),
                                requestId: $requestId, detail: $detail})
RETURN $activityId AS id
