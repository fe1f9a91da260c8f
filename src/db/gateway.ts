import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { DatabaseBusyError, mapNeo4jError } from '../errors/neo4j-error.map.js';
import type { Statement } from './cypher.registry.js';
import { RequestReads } from './request-reads.js';
import { STATEMENT_GRACE_MS, withServiceDeadline } from './service-deadline.js';
import { toPlain } from './values.js';
import { neo4jUp, poolMax, sessionsInUse, statementDuration } from '../telemetry/service-metrics.js';

/** Who is asking: set on every transaction as metadata, so Neo4j's query log ties a query to a request. */
export interface QueryMeta {
  operation?: string;
  requestId?: string;
  /** Incremented once per statement sent; requests use it to prove they have no N+1. */
  counter?: { statements: number };
  /** Transaction timeout for this statement instead of NEO4J_TX_TIMEOUT_MS (batch jobs such as the analysis job). */
  timeoutMs?: number;
  /** Records per Bolt PULL instead of the driver's 1,000 (batch jobs reading whole labels: fewer round trips). */
  fetchSize?: number;
  /**
   * End of the request (epoch ms, set by the execution-deadline plugin): a statement never gets
   * a transaction timeout that outlasts it, so one slow statement cannot keep a request past
   * REQUEST_TIMEOUT_MS by up to NEO4J_TX_TIMEOUT_MS.
   */
  deadline?: number;
  /** The request's one read transaction (queries only): `read` runs its statements there. */
  reads?: RequestReads;
  /**
   * Runs inside every write transaction that changed something, after its work and before it
   * commits, and is told once it has committed: a request's audit record of a write goes in the
   * write's own transaction this way (src/audit/write-audit.ts), so neither commits without the other.
   */
  commitHook?: CommitHook;
}

export interface CommitHook {
  /** Inside the transaction, after its work; may run again if the driver retries the transaction. */
  beforeCommit(run: TransactionReader): Promise<void>;
  /** After the transaction in which beforeCommit ran has committed. */
  afterCommit(): void;
}

/**
 * The shortest transaction timeout a statement gets, even at or past the request's deadline:
 * clean-up in a `finally` (dropping a GDS projection) must still run, and 0 would mean "no
 * timeout". Neo4j checks timeouts every 2 s (db.transaction.monitor.check.interval) anyway.
 */
export const MIN_TX_TIMEOUT_MS = 1_000;

export interface GatewayOptions {
  database: string;
  txTimeoutMs: number;
}

export type Row = Record<string, unknown>;

/** Runs one statement inside the transaction of Gateway.readInTransaction. */
export type TransactionReader = <R = Row>(statement: Statement, params?: Record<string, unknown>) => Promise<R[]>;

/**
 * One read statement through Gateway.read (`step` names it in the transaction's metadata) or in an open
 * transaction (a TransactionReader, which ignores `step`): the import's chronology rules run in both.
 */
export type Reader = <R = Row>(statement: Statement, params: Record<string, unknown>, step?: string) => Promise<R[]>;

/**
 * The one way to the database: every statement runs in a managed transaction (executeRead/executeWrite)
 * with the database named, a timeout and metadata. Rows come back as plain objects (see values.ts).
 */
export class Gateway {
  /** Statements sent since start, for tests and metrics. */
  statements = 0;
  /** Transactions opened since start (one per query's reads, one per other statement or batch), for tests. */
  transactions = 0;
  /** Sessions open right now through inSession (each holds one pooled connection). */
  private openSessions = 0;

  constructor(
    readonly driver: Driver,
    private readonly options: GatewayOptions,
  ) {}

  read<T = Row>(statement: Statement, params: Record<string, unknown> = {}, meta: QueryMeta = {}): Promise<T[]> {
    if (meta.reads) return meta.reads.run(statement, params) as Promise<T[]>;
    return this.run('READ', statement, params, meta) as Promise<T[]>;
  }

  /**
   * A read transaction shared by every `read` of one request that carries it in `meta.reads`
   * (see request-reads.ts); the transaction opens on the first statement, with the request's
   * deadline as its timeout. The caller closes it when the answer is complete.
   */
  requestReads(meta: QueryMeta): RequestReads {
    return new RequestReads(
      this.closing,
      this.driver,
      this.options.database,
      () => this.txConfig('request', meta),
      () => {
        this.statements += 1;
        if (meta.counter) meta.counter.statements += 1;
      },
      () => {
        this.transactions += 1;
      },
    );
  }

  /**
   * Whether a request that holds one of the gateway's sessions may read beside it on a second
   * connection (a side read): only while fewer than half of the pool's connections are held by
   * the gateway's own sessions. Requests that hold one connection and wait for another are then
   * never more than half the pool, so the rest is held by work that finishes and frees it; without
   * the bound they could take every connection and wait on each other until the acquisition
   * timeout. A query's shared read transaction (requestReads) is not counted: it waits on nothing.
   */
  canReadAside(): boolean {
    return this.openSessions < MAX_POOL / 2;
  }

  write<T = Row>(statement: Statement, params: Record<string, unknown> = {}, meta: QueryMeta = {}): Promise<T[]> {
    return this.run('WRITE', statement, params, meta) as Promise<T[]>;
  }

  /**
   * Dependent reads in one read transaction (one session, one BEGIN and COMMIT instead of one
   * per statement): for services that choose each statement's parameters from the rows of the
   * previous one, such as a link chart's rings. The driver may run `work` again after a
   * transient error, so it must start from scratch on every call.
   */
  readInTransaction<T>(label: string, work: (read: TransactionReader) => Promise<T>, meta: QueryMeta = {}): Promise<T> {
    return this.inSession('READ', label, meta, (session, config) =>
      session.executeRead(
        (tx) => work(<R = Row>(statement: Statement, params: Record<string, unknown> = {}) => this.runIn(tx, statement, params, meta, 'READ') as Promise<R[]>),
        config,
      ),
    );
  }

  /** Several statements in one write transaction (all or nothing), in order. */
  writeAll(steps: Array<{ statement: Statement; params: Record<string, unknown> }>, meta: QueryMeta = {}): Promise<Row[][]> {
    return this.inWriteTransaction(
      steps.map((s) => s.statement.name).join('+'),
      async (run) => {
        const results: Row[][] = [];
        for (const step of steps) results.push(await run(step.statement, step.params));
        return results;
      },
      meta,
    );
  }

  /**
   * Dependent writes in one write transaction: `work` reads rows, decides, then writes, all
   * under the same transaction (a workflow transition checks the state it changes, and its
   * outbox event commits with it or not at all). The driver may run `work` again after a
   * transient error, so it must start from scratch on every call.
   */
  writeInTransaction<T>(label: string, work: (run: TransactionReader) => Promise<T>, meta: QueryMeta = {}): Promise<T> {
    return this.inWriteTransaction(label, work, meta);
  }

  private run(mode: 'READ' | 'WRITE', statement: Statement, params: Record<string, unknown>, meta: QueryMeta): Promise<Row[]> {
    if (mode === 'WRITE') return this.inWriteTransaction(statement.name, (run) => run(statement, params), meta);
    return this.inSession('READ', statement.name, meta, (session, config) =>
      session.executeRead((tx) => this.runIn(tx, statement, params, meta, 'READ'), config),
    );
  }

  /** Every write transaction: the work, then (when it changed something) meta.commitHook, then commit. */
  private async inWriteTransaction<T>(label: string, work: (run: TransactionReader) => Promise<T>, meta: QueryMeta): Promise<T> {
    let hooked = false;
    const result = await this.inSession('WRITE', label, meta, (session, config) =>
      session.executeWrite(async (tx) => {
        const changes = { updates: false };
        const run = <R = Row>(statement: Statement, params: Record<string, unknown> = {}) =>
          this.runIn(tx, statement, params, meta, 'WRITE', changes) as Promise<R[]>;
        const out = await work(run);
        hooked = changes.updates && meta.commitHook !== undefined;
        if (hooked) await meta.commitHook!.beforeCommit(run);
        return out;
      }, config),
    );
    if (hooked) meta.commitHook!.afterCommit();
    return result;
  }

  /**
   * One session around `work`, bounded on the service's side: Neo4j stops a transaction at its
   * timeout, but only a Neo4j that answers can say so. Past the timeout plus STATEMENT_GRACE_MS
   * the caller gets TIMEOUT and the session is released in the background (closing it would
   * wait for the very answer that is not coming), so a paused or partitioned Neo4j cannot hold
   * a request past its deadline (docs/operations.md).
   */
  private async inSession<T>(
    mode: 'READ' | 'WRITE',
    label: string,
    meta: QueryMeta,
    work: (session: Session, config: ReturnType<Gateway['txConfig']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(meta.fetchSize ? { fetchSize: meta.fetchSize } : {}),
    });
    const config = this.txConfig(label, meta);
    sessionsInUse.inc();
    this.openSessions += 1;
    this.transactions += 1;
    let abandoned = false;
    try {
      return await withServiceDeadline(work(session, config), config.timeout + STATEMENT_GRACE_MS, undefined, () => (abandoned = true));
    } catch (error) {
      throw this.failed(error);
    } finally {
      sessionsInUse.dec();
      this.openSessions -= 1;
      const closing = session.close();
      if (abandoned) closing.catch(() => {});
      else await closing;
    }
  }

  private failed(error: unknown) {
    const mapped = mapNeo4jError(error);
    // A deadlock or a busy pool is Neo4j answering, not Neo4j down.
    if (mapped.extensions.code === 'SERVICE_UNAVAILABLE' && !(mapped instanceof DatabaseBusyError)) neo4jUp.set(0);
    return mapped;
  }

  private async runIn(
    tx: ManagedTransaction,
    statement: Statement,
    params: Record<string, unknown>,
    meta: QueryMeta,
    mode: 'READ' | 'WRITE',
    changes?: { updates: boolean },
  ): Promise<Row[]> {
    this.statements += 1;
    if (meta.counter) meta.counter.statements += 1;
    const stop = statementDuration.startTimer({ statement: statement.name, mode });
    try {
      const result = await tx.run(statement.text, params);
      stop({ outcome: 'ok' });
      neo4jUp.set(1);
      if (changes && result.summary.counters.containsUpdates()) changes.updates = true;
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      stop({ outcome: String(mapNeo4jError(error).extensions.code) });
      throw error;
    }
  }

  private txConfig(statementName: string, meta: QueryMeta) {
    const timeout = meta.timeoutMs ?? this.options.txTimeoutMs;
    return {
      timeout: meta.deadline === undefined ? timeout : Math.max(MIN_TX_TIMEOUT_MS, Math.min(timeout, meta.deadline - Date.now())),
      metadata: {
        app: 'crimegun-graph',
        statement: statementName,
        operation: meta.operation ?? 'internal',
        requestId: meta.requestId ?? 'none',
      },
    };
  }

  /** True when the database answers within `timeoutMs` (a paused Neo4j accepts connections but never answers). */
  async ping(timeoutMs = 5_000): Promise<boolean> {
    try {
      await withServiceDeadline(this.driver.verifyConnectivity({ database: this.options.database }), timeoutMs);
      neo4jUp.set(1);
      return true;
    } catch {
      neo4jUp.set(0);
      return false;
    }
  }

  /** Commits of request transactions still under way (the answer does not wait for them; closing does). */
  private readonly closing = new Set<Promise<void>>();

  async close(): Promise<void> {
    await Promise.all([...this.closing]);
    return this.driver.close();
  }
}

/** Connections the driver may pool (exported as crimegun_neo4j_pool_max). */
const MAX_POOL = 64;

export function createDriver(uri: string, user: string, password: string): Driver {
  poolMax.set(MAX_POOL);
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Fail fast when Neo4j is down: the API answers SERVICE_UNAVAILABLE instead of hanging.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: MAX_POOL,
    userAgent: 'crimegun-graph',
  });
}
