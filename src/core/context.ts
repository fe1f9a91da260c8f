import DataLoader from 'dataloader';
import type { AuthUser } from './role.js';
import type { Config } from '../config/config.js';
import type { Gateway, QueryMeta, TransactionReader } from '../db/gateway.js';

/** Records an import received, wrote and rejected (kept in its audit record). */
export interface RecordCounts {
  read: number;
  accepted: number;
  rejected: number;
}

/**
 * Asks for a re-run of the analysis job after writes (src/analysis/analysis.scheduler.ts is the
 * implementation); the core names only what a resolver may call, so it imports no domain area.
 */
export interface AnalysisTrigger {
  schedule(): void;
}

/** What a request touched, for its audit record (see src/audit). */
export interface AuditCollector {
  /** Ids of people whose personal data this request returned or changed, or asked for and had masked. */
  people: Set<string>;
  /** True when the request wrote anything. */
  wrote: boolean;
  /** Set when a personal field or operation was refused. */
  denied: boolean;
  /** Set by imports (importRecords): records received, written and rejected. */
  records?: RecordCounts;
  /**
   * Audit records stored inside the request's own transactions (src/audit/write-audit.ts): one
   * per committed write (wrote: true), and one per read that recorded the people it shows in
   * the transaction that read them (wrote: false).
   */
  writeRecords?: Array<{ id: string; personIds: string[]; wrote: boolean }>;
  /**
   * Queries only (set by the audit plugin): stores the request's audit record as of now (the
   * people read so far) inside the caller's write transaction `run`, so the read's answer and
   * its record are one commit (CJIS AU-3: personal data leaves only once its read is on record).
   * Throws when the record cannot be stored (the transaction then rolls back: fail closed).
   * Returns what to call once that transaction has committed.
   */
  recordReadIn?: (run: TransactionReader) => Promise<() => void>;
}

export interface RequestContext {
  requestId: string;
  /** The registered document this request runs (its SHA-256), or null for a free-form one (src/documents). */
  documentId?: string | null;
  user: AuthUser | null;
  sourceAddress: string;
  config: Config;
  gateway: Gateway;
  /** Passed to every gateway call: names the operation and counts statements. */
  meta: QueryMeta & { counter: { statements: number } };
  audit: AuditCollector;
  /** Re-runs the analysis job after API writes (absent when ANALYSIS_AFTER_INGEST is off). */
  analysis?: AnalysisTrigger;
  /**
   * One DataLoader per key per request. Loaders are created on first use, so a request
   * pays only for what it asks for, and never shares a cache with another request.
   */
  loader<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V>;
}

export function createContext(init: Omit<RequestContext, 'meta' | 'audit' | 'loader'> & { operation?: string }): RequestContext {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  const { operation, ...rest } = init;
  return {
    ...rest,
    meta: { operation: operation ?? 'anonymous', requestId: init.requestId, counter: { statements: 0 } },
    audit: { people: new Set(), wrote: false, denied: false },
    loader<K, V>(key: string, create: () => DataLoader<K, V>) {
      let loader = loaders.get(key) as DataLoader<K, V> | undefined;
      if (!loader) {
        loader = create();
        loaders.set(key, loader as DataLoader<unknown, unknown>);
      }
      return loader;
    },
  };
}
