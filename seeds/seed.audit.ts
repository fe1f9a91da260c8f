import { AuditOutcome, documentHash } from '../src/audit/audit-record.js';
import { AuditTrail } from '../src/audit/audit-trail.js';
import type { Gateway } from '../src/db/gateway.js';
import { mapNeo4jError } from '../src/errors/neo4j-error.map.js';
import { cliActor, recordCommandRun, type ImportActor } from '../src/import/import.audit.js';
import { createLogger } from '../src/core/logger.js';
import { seedGraph, type SeedResult } from './seed.js';

type SeedOptions = Parameters<typeof seedGraph>[1];

/**
 * Loads synthetic data (`npm run seed`, the demo load of `npm start`) and leaves one audit
 * record of the run, as every write must (CJIS audit; built by recordCommandRun, as for
 * `npm run import`): who (the OS user), from where (the host), what (`operation`
 * seed or demo-seed; the document hash is the SHA-256 of `scale/seed`, which pins the generated
 * records down exactly, since generation is deterministic), the record count and the outcome.
 * Synthetic people are not real people: the record names none.
 */
export async function seedGraphAudited(
  gateway: Gateway,
  options: SeedOptions & { operation: 'seed' | 'demo-seed' },
  actor: ImportActor = cliActor(),
  trail = new AuditTrail(gateway, createLogger('warn')),
): Promise<SeedResult> {
  const record = (outcome: AuditOutcome, errorCodes: string[], records: number, wrote: boolean) =>
    recordCommandRun(trail, actor, {
      operation: options.operation,
      outcome,
      errorCodes,
      wrote,
      records: { read: records, accepted: outcome === AuditOutcome.ALLOWED ? records : 0, rejected: 0 },
      documentHash: documentHash(`${options.scale}/${options.seed}`),
    });
  let result: SeedResult;
  try {
    result = await seedGraph(gateway, options);
  } catch (error) {
    // A failed load may have written some batches: on record too, with the failure's code.
    await record(AuditOutcome.ERROR, [String(mapNeo4jError(error).extensions.code)], 0, true).catch(() => undefined);
    throw error;
  }
  await record(AuditOutcome.ALLOWED, [], result.records, result.records > 0);
  return result;
}
