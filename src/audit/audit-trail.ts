import { cypher } from '../db/cypher.registry.js';
import type { Gateway } from '../db/gateway.js';
import type { Logger } from '../core/logger.js';
import type { AuditRecord } from './audit-record.js';

const recordEvent = cypher('audit/record-event');

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
      await this.gateway.write(recordEvent, { ...record }, { operation: 'audit', requestId: record.requestId });
    } catch (error) {
      this.log.error({ audit: record, stored: false, err: error }, 'audit record NOT stored');
      throw error;
    }
    this.log.info({ audit: record, stored: true }, 'audit');
  }
}
