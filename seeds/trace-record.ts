import type { PersonRecord, RecoveryRecord, SaleRecord, TraceRecord } from '../src/import/record.types.js';
import { DAY_MS, HOUR_MS, msIso, REF_MS } from './dates.js';
import type { GenerationStats } from './generation-stats.js';
import type { IdAllocator } from './ids.js';
import type { Prng } from './prng.js';
import type { RecordSink } from './record-sink.js';
import type { AgencyInfo, DealerInfo } from './world.js';

/** What making a trace needs from the factory: its random stream, ids, output and running stats. */
export interface TraceMaker {
  rng: Prng;
  ids: IdAllocator;
  sink: RecordSink;
  stats: GenerationStats;
}

/**
 * A trace request and its outcome. Dealers normally answer the NTC within 24 hours;
 * rogue dealers often do not (an unanswered request leaves the trace PENDING with the
 * dealer known from the distribution chain but no purchaser).
 */
export function makeTrace(
  f: TraceMaker,
  args: {
    recovery: RecoveryRecord;
    agency: AgencyInfo;
    sale: SaleRecord | null;
    dealer: DealerInfo | null;
    purchaser: PersonRecord | null;
    obliterated: boolean;
    mustComplete?: boolean;
    requestLagDays?: number;
  },
): TraceRecord | null {
  const { recovery, agency, sale, dealer, purchaser } = args;
  const recoveredDay = Math.floor(Date.parse(`${recovery.recoveredOn}T00:00:00Z`) / DAY_MS);
  const lagDays = args.requestLagDays ?? (agency.traceRate >= 1 ? f.rng.int(0, 3) : f.rng.int(1, 60));
  const requestedMs = (recoveredDay + lagDays) * DAY_MS + f.rng.int(8, 18) * HOUR_MS;
  if (requestedMs > REF_MS - 2 * HOUR_MS) return null;
  const t: TraceRecord = {
    type: 'trace',
    id: f.ids.id('T'),
    agencyOri: agency.record.ori,
    recoveryId: recovery.id,
    requestedAt: msIso(requestedMs),
    completedAt: null,
    outcome: 'PENDING',
    dealerRequestedAt: null,
    dealerRespondedAt: null,
    timeToCrimeDays: null,
    resolvedDealerLicense: null,
    resolvedPurchaserId: null,
  };
  const complete = (atMs: number) => (atMs <= REF_MS ? msIso(atMs) : null);
  if (!sale || !dealer || !purchaser) {
    t.completedAt = complete(requestedMs + f.rng.int(2, 10) * DAY_MS);
    t.outcome = t.completedAt ? 'NO_DEALER' : 'PENDING';
  } else if (args.obliterated && !args.mustComplete && f.rng.chance(0.35)) {
    t.completedAt = complete(requestedMs + f.rng.int(1, 5) * DAY_MS);
    t.outcome = t.completedAt ? 'NOT_TRACEABLE' : 'PENDING';
  } else {
    const askedMs = requestedMs + f.rng.int(2, 48) * HOUR_MS;
    t.dealerRequestedAt = msIso(Math.min(askedMs, REF_MS - HOUR_MS));
    t.resolvedDealerLicense = dealer.record.license;
    const unansweredP = args.mustComplete ? 0 : dealer.rogue ? 0.4 : 0.02;
    const r = f.rng.next();
    const respondedMs = r < unansweredP ? null : r < unansweredP + 0.08 ? askedMs + f.rng.int(25, 120) * HOUR_MS : askedMs + f.rng.int(1, 23) * HOUR_MS;
    if (respondedMs === null || respondedMs > REF_MS) {
      if (askedMs + 24 * HOUR_MS < REF_MS) f.stats.unanswered += 1;
    } else {
      t.dealerRespondedAt = msIso(respondedMs);
      const doneMs = respondedMs + f.rng.int(1, 72) * HOUR_MS;
      if (doneMs <= REF_MS) {
        t.completedAt = msIso(doneMs);
        if (!args.mustComplete && f.rng.chance(0.05)) {
          t.outcome = 'NO_PURCHASER';
        } else {
          t.outcome = 'COMPLETED';
          t.resolvedPurchaserId = purchaser.id;
          const soldDay = Math.floor(Date.parse(`${sale.soldOn}T00:00:00Z`) / DAY_MS);
          t.timeToCrimeDays = recoveredDay - soldDay;
        }
      }
    }
  }
  if (t.resolvedDealerLicense) {
    f.stats.resolved += 1;
    if (dealer!.top) f.stats.resolvedTop += 1;
    f.stats.tracesByDealer.set(t.resolvedDealerLicense, (f.stats.tracesByDealer.get(t.resolvedDealerLicense) ?? 0) + 1);
  }
  if (t.outcome === 'COMPLETED' && sale && dealer && purchaser) {
    f.stats.ttc.observe(t.timeToCrimeDays!);
    if (purchaser.state !== recovery.state) f.stats.interstate += 1;
    if (f.stats.examples.length < f.stats.exampleLimit && f.rng.chance(0.2)) {
      f.stats.examples.push({
        firearmId: recovery.firearmId,
        dealerLicense: dealer.record.license,
        purchaserId: purchaser.id,
        soldOn: sale.soldOn,
        recoveredOn: recovery.recoveredOn,
        timeToCrimeDays: t.timeToCrimeDays!,
        recoveredState: recovery.state,
        purchaserState: purchaser.state,
      });
    }
  }
  f.sink.add(t);
  return t;
}
