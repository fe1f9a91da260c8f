import type { TransactionReader } from '../db/gateway.js';
import { announceImported, reconcileTouched } from '../lead/series-links.data.js';
import type { DataConflict } from './provenance.type.js';

/** The conflict node as the decision statement returns it: a link's two sides are the keys it reaches. */
type DecidedConflict = DataConflict & { link?: string | null; currentTyped?: unknown; incomingTyped?: unknown };

const keysOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : []);

/**
 * NIBIN: a confirmed hit on any casing of a series ties the test-fired gun to the whole series, so a
 * decision that changes a lead (its review, its casings) or a casing (its scene, its gun) moves the
 * series' derived gun links as an import of the same value would (src/import/series.pass.ts). Both
 * sides' casings are walked when a lead's casings are re-pointed: the series the lead left must lose
 * the gun as the one it joins gains it. A lead whose status the decision changed is announced to
 * subscribers once, as an imported change is (`announcedStatus`). Runs in the decision's transaction.
 */
export async function followSeriesAfterDecision(run: TransactionReader, conflict: DecidedConflict, at: string): Promise<void> {
  if (conflict.recordType === 'lead') {
    const casings = conflict.link ? [...keysOf(conflict.currentTyped), ...keysOf(conflict.incomingTyped)] : [];
    await reconcileTouched(run, [conflict.key], casings, at);
    await announceImported(run, [conflict.key], at);
  } else if (conflict.recordType === 'casing') {
    await reconcileTouched(run, [], [conflict.key], at);
  }
}
