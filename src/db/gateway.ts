import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { mapNeo4jError } from '../errors/neo4j-error.map.js';
import type { Statement } from './cypher.registry.js';
import { RequestReads } from './request-reads.js';
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
  /** The request's one read transaction (queries only): `read` runs its statements there. */
  reads?: RequestReads;
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
  /** Transactions opened since start (one per query's reads, one per other statement or batch), for tests. */
  transactions = 0;

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

  write<T = Row>(statement: Statement, params: Record<string, unknown> = {}, meta: QueryMeta = {}): Promise<T[]> {
    return this.run('WRITE', statement, params, meta) as Promise<T[]>;
  }

  /**
   * Dependent reads in one read transaction (one session, one BEGIN and COMMIT instead of one
   * per statement): for services that choose each statement's parameters from the rows of the
   * previous one, such as a link chart's rings. The driver may run `work` again after a
   * transient error, so it must start from scratch on every call.
   */
  async readInTransaction<T>(label: string, work: (read: TransactionReader) => Promise<T>, meta: QueryMeta = {}): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      this.transactions += 1;
      return await session.executeRead(
        (tx) => work(<R = Row>(statement: Statement, params: Record<string, unknown> = {}) => this.runIn(tx, statement, params, meta) as Promise<R[]>),
        this.txConfig(label, meta),
      );
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Several statements in one write transaction (all or nothing), in order. */
  async writeAll(steps: Array<{ statement: Statement; params: Record<string, unknown> }>, meta: QueryMeta = {}): Promise<Row[][]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.transactions += 1;
      return await session.executeWrite(
        async (tx) => {
          const results: Row[][] = [];
          for (const step of steps) results.push(await this.runIn(tx, step.statement, step.params, meta));
          return results;
        },
        this.txConfig(steps.map((s) => s.statement.name).join('+'), meta),
      );
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Dependent writes in one write transaction: `work` reads rows, decides, then writes, all
   * under the same transaction (a workflow transition checks the state it changes, and its
   * outbox event commits with it or not at all). The driver may run `work` again after a
   * transient error, so it must start from scratch on every call.
   */
  async writeInTransaction<T>(label: string, work: (run: TransactionReader) => Promise<T>, meta: QueryMeta = {}): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.transactions += 1;
      return await session.executeWrite(
        (tx) => work(<R = Row>(statement: Statement, params: Record<string, unknown> = {}) => this.runIn(tx, statement, params, meta) as Promise<R[]>),
        this.txConfig(label, meta),
      );
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private async run(mode: 'READ' | 'WRITE', statement: Statement, params: Record<string, unknown>, meta: QueryMeta): Promise<Row[]> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const work = (tx: ManagedTransaction) => this.runIn(tx, statement, params, meta);
    try {
      const config = this.txConfig(statement.name, meta);
      this.transactions += 1;
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
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

  /** True when the database answers a trivial read. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
      return true;
    } catch {
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
