import type { GraphRecord, RecoveryRecord, SaleRecord, TheftRecord } from '../src/import/record.types.js';
import { DAY_MS, HOUR_MS, REF_DAY, dayIso, msIso } from './dates.js';
import type { Prng } from './prng.js';
import type { World } from './world.js';

/** Share of recovered background guns their buyer had reported stolen first (a legitimate look-alike of a diverted gun). */
const STOLEN_BEFORE_RECOVERY = 0.04;
/** Share of never-recovered background purchases later reported stolen. */
const STOLEN_NOT_RECOVERED = 0.005;

/**
 * Background theft reports for one chunk: a buyer's gun stolen in a burglary or from a car,
 * reported to a police agency of the buyer's state, on the day or within days. Uses its own
 * PRNG stream, so the rest of the generated graph does not change. The trafficking typology
 * library adds FFL thefts and losses of its own.
 */
export function backgroundThefts(rng: Prng, world: World, records: readonly GraphRecord[], nextId: () => string): TheftRecord[] {
  const recoveredOn = new Map<string, number>();
  for (const r of records) if (r.type === 'recovery') recoveredOn.set((r as RecoveryRecord).firearmId, Date.parse((r as RecoveryRecord).recoveredOn) / DAY_MS);
  const buyerState = new Map<string, string>();
  for (const r of records) if (r.type === 'person') buyerState.set(r.id, r.state);
  const out: TheftRecord[] = [];
  for (const r of records) {
    if (r.type !== 'sale') continue;
    const sale = r as SaleRecord;
    const soldDay = Date.parse(sale.soldOn) / DAY_MS;
    const recovered = recoveredOn.get(sale.firearmId);
    if (!rng.chance(recovered === undefined ? STOLEN_NOT_RECOVERED : STOLEN_BEFORE_RECOVERY)) continue;
    const until = (recovered ?? REF_DAY) - 1;
    if (until <= soldDay) continue;
    const day = rng.int(soldDay + 1, until);
    const agencies = world.agenciesByState.get(buyerState.get(sale.purchaserId) ?? '') ?? world.agenciesByState.values().next().value;
    if (!agencies) continue;
    const reportedMs = Math.min((day + rng.int(0, 3)) * DAY_MS + rng.int(8, 20) * HOUR_MS, (REF_DAY - 1) * DAY_MS);
    out.push({
      type: 'theft',
      id: nextId(),
      firearmId: sale.firearmId,
      kind: rng.chance(0.6) ? 'RESIDENCE_BURGLARY' : 'VEHICLE_BREAK_IN',
      occurredOn: dayIso(day),
      reportedAt: msIso(reportedMs),
      reportingAgencyOri: agencies.pick(rng).record.ori,
      reportingFflLicense: null,
    });
  }
  return out;
}
