import type { Gateway, QueryMeta } from '../db/gateway.js';
import { retryTransient } from '../db/transient-retry.js';
import type { SeriesTouch } from '../lead/lead-import.hook.js';
import { reconcileTouchedInTransaction } from '../lead/series-links.data.js';
import { writeRetries } from '../telemetry/service-metrics.js';

/** Leads and casings whose series one transaction of the pass brings up to date. */
const STEP = 1_000;

/** What a file import's committed batches can have moved, gathered batch by batch (each key once). */
export class SeriesTouches {
  private readonly leads = new Set<string>();
  private readonly casings = new Set<string>();

  add(touch: SeriesTouch): void {
    for (const id of touch.leadIds) this.leads.add(id);
    for (const id of touch.evidenceIds) this.casings.add(id);
  }

  /** The touches in steps of at most STEP leads and STEP casings. */
  *steps(): Generator<SeriesTouch> {
    const leads = [...this.leads];
    const casings = [...this.casings];
    for (let i = 0; i < Math.max(leads.length, casings.length); i += STEP) {
      yield { leadIds: leads.slice(i, i + STEP), evidenceIds: casings.slice(i, i + STEP) };
    }
  }
}

/**
 * The derived gun links of every series a file import touched, once all its batches are committed.
 * The batches of one type are written in concurrent transactions that cannot see each other's
 * leads, so a series whose confirmed leads fall into two batches would be walked in halves inside
 * them and the test-fired gun would reach only one half (NIBIN: a confirmed hit on any casing of a
 * series ties the gun to the whole series). Walked here, every series is seen whole. Each step is
 * idempotent, so a busy answer from Neo4j is met by running the step again.
 */
export async function reconcileSeriesAfterImport(
  gateway: Gateway,
  touches: SeriesTouches,
  at: string,
  meta: QueryMeta = { operation: 'import' },
): Promise<void> {
  for (const step of touches.steps()) {
    await retryTransient(() => reconcileTouchedInTransaction(gateway, step.leadIds, step.evidenceIds, at, meta), {
      onRetry: () => writeRetries.inc({ writer: 'import', reason: 'busy' }),
    });
  }
}
