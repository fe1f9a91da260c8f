import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { mapNeo4jError } from '../errors/neo4j-error.map.js';
import type { Statement } from './cypher.registry.js';
import { STATEMENT_GRACE_MS, withServiceDeadline } from './service-deadline.js';
import { toPlain } from './values.js';

/** Who is asking: set on every transaction as metadata, so Neo4j's query log ties a query to a request. */
export interface QueryMeta {
  operation?: string;
  requestId?: string;
  /** Incremented once per statement sent; requests use it to prove they have no N+1. */
  counter?: { statements: number };
  /** Transaction timeout for this statement instead of NEO4J_TX_TIMEOUT_MS (batch jobs such as the analysis job). */
  timeoutMs?: number;
  /**
   * End of the request (epoch ms, set by the execution-deadline plugin): a statement never gets
   * a transaction timeout that outlasts it, so one slow statement cannot keep a request past
   * REQUEST_TIMEOUT_MS by up to NEO4J_TX_TIMEOUT_MS.
   */
  deadline?: number;
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
 * The one way to the database: every statement runs in a managed transaction
 * (executeRead/executeWrite) with the database named, a timeout and metadata.
 * Rows come back as plain objects (see values.ts).
 */
export class Gateway {
  /** Statements sent since start, for tests and metrics. */
  statements = 0;

  constructor(
    readonly driver: Driver,
    private readonly options: GatewayOptions,
  ) {}

  read<T = Row>(statement: Statement, params: Record<string, unknown> = {}, meta: QueryMeta = {}): Promise<T[]> {
    return this.run('READ', statement, params, meta) as Promise<T[]>;
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
        (tx) => work(<R = Row>(statement: Statement, params: Record<string, unknown> = {}) => this.runIn(tx, statement, params, meta) as Promise<R[]>),
        config,
      ),
    );
  }

  /** Several statements in one write transaction (all or nothing), in order. */
  writeAll(steps: Array<{ statement: Statement; params: Record<string, unknown> }>, meta: QueryMeta = {}): Promise<Row[][]> {
    const label = steps.map((s) => s.statement.name).join('+');
    return this.inSession('WRITE', label, meta, (session, config) =>
      session.executeWrite(async (tx) => {
        const results: Row[][] = [];
        for (const step of steps) results.push(await this.runIn(tx, step.statement, step.params, meta));
        return results;
      }, config),
    );
  }

  /**
   * Dependent writes in one write transaction: `work` reads rows, decides, then writes, all
   * under the same transaction (a workflow transition checks the state it changes, and its
   * outbox event commits with it or not at all). The driver may run `work` again after a
   * transient error, so it must start from scratch on every call.
   */
  writeInTransaction<T>(label: string, work: (run: TransactionReader) => Promise<T>, meta: QueryMeta = {}): Promise<T> {
    return this.inSession('WRITE', label, meta, (session, config) =>
      session.executeWrite(
        (tx) => work(<R = Row>(statement: Statement, params: Record<string, unknown> = {}) => this.runIn(tx, statement, params, meta) as Promise<R[]>),
        config,
      ),
    );
  }

  private run(mode: 'READ' | 'WRITE', statement: Statement, params: Record<string, unknown>, meta: QueryMeta): Promise<Row[]> {
    const work = (tx: ManagedTransaction) => this.runIn(tx, statement, params, meta);
    return this.inSession(mode, statement.name, meta, (session, config) =>
      mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config),
    );
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
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const config = this.txConfig(label, meta);
    let abandoned = false;
    try {
      return await withServiceDeadline(work(session, config), config.timeout + STATEMENT_GRACE_MS, undefined, () => (abandoned = true));
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      const closing = session.close();
      if (abandoned) closing.catch(() => {});
      else await closing;
    }
  }

  private async runIn(tx: ManagedTransaction, statement: Statement, params: Record<string, unknown>, meta: QueryMeta): Promise<Row[]> {
    this.statements += 1;
    if (meta.counter) meta.counter.statements += 1;
    const result = await tx.run(statement.text, params);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
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
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Fail fast when Neo4j is down: the API answers SERVICE_UNAVAILABLE instead of hanging.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 64,
    userAgent: 'crimegun-graph',
  });
}
