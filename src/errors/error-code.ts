/** The one enum of `extensions.code` values every error the API returns carries. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  /** A workflow transition the lead's state does not allow (e.g. an outcome before referral); `field` names what to fix. */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  QUERY_REJECTED = 'QUERY_REJECTED',
  RATE_LIMITED = 'RATE_LIMITED',
  TIMEOUT = 'TIMEOUT',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  GDS_UNAVAILABLE = 'GDS_UNAVAILABLE',
  AUDIT_UNAVAILABLE = 'AUDIT_UNAVAILABLE',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST = 'BAD_REQUEST',
  /** A hash-only request (automatic persisted query) whose hash names no registered document. */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  /** Production runs only registered documents (trusted documents); this one is not registered. */
  UNTRUSTED_DOCUMENT = 'UNTRUSTED_DOCUMENT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
