import neo4j, { type Driver, type Session, type Transaction } from 'neo4j-driver';
import { mapNeo4jError } from '../errors/neo4j-error.map.js';
import type { Statement } from './cypher.registry.js';
import { STATEMENT_GRACE_MS, withServiceDeadline } from './service-deadline.js';
import { toPlain } from './values.js';
import { statementDuration } from '../telemetry/service-metrics.js';

/** Transaction settings of the request's read transaction (Gateway.txConfig). */
export interface TxConfig {
  timeout: number;
  metadata: Record<string, string>;
}

/**
 * ONE read transaction for every read statement of a GraphQL query, opened on the first
 * statement and committed when the answer is sent (src/server/plugins.ts). Each statement then
 * costs one round trip instead of session set-up, BEGIN, RUN and COMMIT: with the raw statements
 * taking 2–6 ms at scale M, those round trips were most of the GraphQL layer's overhead, and all
 * the statements of one answer read the same committed state. Loaders of one request that run at
 * the same time share it: the driver queues their statements on the transaction's connection.
 * Queries only: a mutation's reads keep their own transactions, so they see its writes.
 */
export class RequestReads {
  private session: Session | null = null;
  private tx: Transaction | null = null;
  private closed = false;

  constructor(
    /** Where the gateway keeps commits under way, so that closing it waits for them. */
    private readonly closing: Set<Promise<void>>,
    private readonly driver: Driver,
    private readonly database: string,
    private readonly config: () => TxConfig,
    private readonly count: () => void,
    private readonly opened: () => void,
  ) {}

  async run(statement: Statement, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
    if (this.closed) throw new Error('The request has already been answered');
    this.count();
    const stop = statementDuration.startTimer({ statement: statement.name, mode: 'READ' });
    try {
      // Bounded on the service's side too: a paused Neo4j never answers (docs/operations.md, Deadlines).
      const result = await withServiceDeadline(this.transaction().run(statement.text, params), this.config().timeout + STATEMENT_GRACE_MS);
      stop({ outcome: 'ok' });
      return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
    } catch (error) {
      const mapped = mapNeo4jError(error);
      stop({ outcome: String(mapped.extensions.code ?? 'ERROR') });
      throw mapped;
    }
  }

  /**
   * Ends the transaction in the background: the answer is complete, so nothing waits for the
   * commit (a read has nothing to keep; committing just ends it cleanly and hands the connection
   * back). Gateway.close waits for it. Never throws.
   */
  end(): void {
    if (this.closed) return;
    const done = this.close();
    this.closing.add(done);
    void done.finally(() => this.closing.delete(done));
  }

  private async close(): Promise<void> {
    this.closed = true;
    const { session, tx } = this;
    this.session = null;
    this.tx = null;
    if (!session) return;
    try {
      if (tx?.isOpen()) await tx.commit();
    } catch {
      // A failed statement already reported its error to the client; nothing else to tell.
    } finally {
      await session.close().catch(() => {});
    }
  }

  private transaction(): Transaction {
    if (!this.tx) {
      this.session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      this.tx = this.session.beginTransaction(this.config());
      this.opened();
    }
    return this.tx;
  }
}
