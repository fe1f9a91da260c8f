import { createHash, randomUUID } from 'node:crypto';
import { registerEnumType } from 'type-graphql';
import type { RecordCounts } from '../core/context.js';
import type { AuthUser } from '../core/role.js';

/** How an audited request ended. */
export enum AuditOutcome {
  /** Answered; personal data (if any) was returned or changed. */
  ALLOWED = 'ALLOWED',
  /** Refused: no or invalid token, a role that may not, or personal fields masked. */
  DENIED = 'DENIED',
  /** Failed for another reason (bad input, database error, timeout). */
  ERROR = 'ERROR',
}

registerEnumType(AuditOutcome, { name: 'AuditOutcome', description: 'How an audited request ended.' });

/**
 * One audit record: the CJIS Security Policy's audit content (who, what, when, where from,
 * outcome) for a request that touched personal data, wrote, or was refused.
 */
export interface AuditRecord {
  id: string;
  /** UTC, to the hundredth of a second: 2026-11-28T01:05:12.34Z. */
  at: string;
  /** Token subject; null when the request carried no valid token. */
  subject: string | null;
  agencyOri: string | null;
  roles: string[];
  sourceAddress: string;
  operation: string;
  /** Top-level fields the document asked for (which API entry points it used). */
  rootFields: string[];
  /** SHA-256 (hex) of the GraphQL document as received; the text itself is not stored. */
  documentHash: string;
  /** The registered (trusted) document's id, its SHA-256, when the request ran one; null for a free-form document. */
  documentId: string | null;
  personIds: string[];
  outcome: AuditOutcome;
  errorCodes: string[];
  wrote: boolean;
  requestId: string;
  /**
   * Which record of its request this is: 0 for the record written once the answer is known,
   * 1, 2, … for the records written inside the request's write transactions, in the order they
   * ran. (requestId, part) names one record, so a request's records can be told apart.
   */
  part: number;
  /** Imports (the importRecords mutation, `npm run import`): records received, written and rejected; null for other requests. */
  records: RecordCounts | null;
}

export type { RecordCounts } from '../core/context.js';

/** Now, in UTC, truncated to the hundredth of a second. */
export function auditTime(now = Date.now()): string {
  return new Date(Math.floor(now / 10) * 10).toISOString().replace(/(\.\d\d)\dZ$/, '$1Z');
}

export function documentHash(document: string | undefined | null): string {
  return createHash('sha256')
    .update(document ?? '', 'utf8')
    .digest('hex');
}

export function newAuditRecord(
  fields: Omit<AuditRecord, 'id' | 'at' | 'subject' | 'agencyOri' | 'roles' | 'documentHash' | 'documentId' | 'records' | 'part'> & {
    part?: number;
    documentId?: string | null;
    user: AuthUser | null;
    document: string | null | undefined;
    records?: RecordCounts | null;
  },
): AuditRecord {
  const { user, document, ...rest } = fields;
  return {
    records: null,
    documentId: null,
    part: 0,
    id: randomUUID(),
    at: auditTime(),
    subject: user?.subject ?? null,
    agencyOri: user?.agencyOri ?? null,
    roles: user ? [...user.roles] : [],
    documentHash: documentHash(document),
    ...rest,
    personIds: [...rest.personIds].sort(),
  };
}
