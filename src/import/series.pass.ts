import type { Gateway, QueryMeta } from '../db/gateway.js';
import { retryTransient } from '../db/transient-retry.js';
import type { SeriesTouch } from '../lead/lead-import.hook.js';
import { announceImportedInTransaction, reconcileTouchedInTransaction } from '../lead/series-links.data.js';
import { writeRetries } from '../telemetry/service-metrics.js';

/** Leads and casings whose series one transaction of the pass brings up to date. */
const STEP = 1_000;

/**
 * What a file import's committed batches can have moved, and the leads they wrote, gathered batch
 * by batch (each key once).
 */
export class SeriesTouches {
  private readonly leads = new Set<string>();
  private readonly casings = new Set<string>();
  private readonly written = new Set<string>();

  /** `touch`: what can move a series; `writtenLeadIds`: every lead the batch wrote (announced after the walk). */
  add(touch: SeriesTouch, writtenLeadIds: readonly string[] = []): void {
    for (const id of touch.leadIds) this.leads.add(id);
    for (const id of touch.evidenceIds) this.casings.add(id);
    for (const id of writtenLeadIds) this.written.add(id);
  }

  /** The written leads in steps of at most STEP. */
  *announceSteps(): Generator<string[]> {
    const leads = [...this.written];
    for (let i = 0; i < leads.length; i += STEP) yield leads.slice(i, i + STEP);
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
 * The NIBIN follow-up of a file import, once all its batches are committed: the derived gun links
 * of every series it touched, then one outbox event per written lead that is new or changed status.
 * The batches of one type are written in concurrent transactions that cannot see each other's
 * leads, so a series whose confirmed leads fall into two batches would be walked in halves inside
 * them and the test-fired gun would reach only one half (NIBIN: a confirmed hit on any casing of a
 * series ties the gun to the whole series); an event's scope (the series, its agencies, guns,
 * dealers and people, which subscribers are matched on) computed inside a batch would miss the
 * same half. Here every series is seen whole. Each step is idempotent (an event is written once per
 * lead status: `announcedStatus`), so a busy answer from Neo4j is met by running the step again,
 * and a run that resumes an interrupted import announces what the interrupted run did not.
 */
export async function followUpAfterImport(gateway: Gateway, touches: SeriesTouches, at: string, meta: QueryMeta = { operation: 'import' }): Promise<void> {
  const retried = { onRetry: () => writeRetries.inc({ writer: 'import', reason: 'busy' }) };
  for (const step of touches.steps()) {
    await retryTransient(() => reconcileTouchedInTransaction(gateway, step.leadIds, step.evidenceIds, at, meta), retried);
  }
  for (const leadIds of touches.announceSteps()) {
    await retryTransient(() => announceImportedInTransaction(gateway, leadIds, at, meta), retried);
  }
}
