import type { Gateway, TransactionReader } from '../db/gateway.js';
import type { Logger } from '../core/logger.js';
import { mapNeo4jError } from '../errors/neo4j-error.map.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { auditWrites } from '../telemetry/service-metrics.js';
import type { AuditRecord } from './audit-record.js';
import { storeAuditRecord, storeAuditRecordIn } from './audit.data.js';

export const WRITE_NOT_AUDITED_MESSAGE = 'The change was not made: its audit record could not be written. Try again shortly.';
export const READ_NOT_AUDITED_MESSAGE = 'The audit trail could not record this read, so its answer is withheld; try again shortly.';

/**
 * Writes audit records: to Neo4j (AuditEvent, append-only) and, stored or not, one JSON
 * line through pino (`channel: "audit"`), so the record survives in the log even when the
 * database refused it. `record` throws when Neo4j did not take the record: callers fail closed.
 */
export class AuditTrail {
  private readonly log: Logger;

  constructor(
    private readonly gateway: Gateway,
    logger: Logger,
  ) {
    this.log = logger.child({ channel: 'audit' });
  }

  async record(record: AuditRecord): Promise<void> {
    try {
      await storeAuditRecord(this.gateway, record);
    } catch (error) {
      auditWrites.inc({ where: 'after-answer', outcome: 'failed' });
      this.log.error({ audit: record, stored: false, err: error }, 'audit record NOT stored');
      throw error;
    }
    auditWrites.inc({ where: 'after-answer', outcome: 'stored' });
    this.log.info({ audit: record, stored: true }, 'audit');
  }

  /**
   * The audit record of a write, inside the write's own transaction (CJIS AU-3: no change
   * without its record, no record of a change that did not happen). A record Neo4j refuses
   * fails the transaction, so the write rolls back: AUDIT_UNAVAILABLE, nothing written. Neo4j
   * being unreachable stays what it is (SERVICE_UNAVAILABLE), so an outage is reported as one.
   */
  async recordIn(run: TransactionReader, record: AuditRecord): Promise<void> {
    try {
      await storeAuditRecordIn(run, record);
    } catch (error) {
      auditWrites.inc({ where: 'in-write-transaction', outcome: 'failed' });
      this.log.error({ audit: record, stored: false, err: error }, 'audit record NOT stored; the write is rolled back');
      const code = mapNeo4jError(error).extensions.code;
      // Unreachable, busy (the driver retries transient errors) or out of time: said as such.
      if (code === ErrorCode.SERVICE_UNAVAILABLE || code === ErrorCode.TIMEOUT) throw error;
      throw new AppError(ErrorCode.AUDIT_UNAVAILABLE, WRITE_NOT_AUDITED_MESSAGE);
    }
  }

  /**
   * The audit record of a read, inside the transaction that read the people it names
   * (write-audit.ts, readAuditRecorder): if Neo4j refuses it, the transaction rolls back and
   * the read fails with AUDIT_UNAVAILABLE (an outage stays SERVICE_UNAVAILABLE or TIMEOUT), so
   * no personal data leaves unrecorded.
   */
  async recordReadIn(run: TransactionReader, record: AuditRecord): Promise<void> {
    try {
      await storeAuditRecordIn(run, record);
    } catch (error) {
      auditWrites.inc({ where: 'in-read-transaction', outcome: 'failed' });
      this.log.error({ audit: record, stored: false, err: error }, 'audit record NOT stored; the read is withheld');
      const code = mapNeo4jError(error).extensions.code;
      if (code === ErrorCode.SERVICE_UNAVAILABLE || code === ErrorCode.TIMEOUT) throw error;
      throw new AppError(ErrorCode.AUDIT_UNAVAILABLE, READ_NOT_AUDITED_MESSAGE);
    }
  }

  /** After the transaction that carried a record committed: the record is stored, and goes to the log as such. */
  committed(record: AuditRecord): void {
    const where = record.wrote ? 'in-write-transaction' : 'in-read-transaction';
    auditWrites.inc({ where, outcome: 'stored' });
    this.log.info({ audit: record, stored: true, inWriteTransaction: record.wrote, inReadTransaction: !record.wrote }, 'audit');
  }
}
