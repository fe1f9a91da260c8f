import { DESTINATION_STATES, STATE_BY_CODE, STATES } from './geography.js';
import type { Prng } from './prng.js';

/**
 * Where a crime gun bought in `purchaseState` is recovered. Guns bought in the I-95 source
 * states travel north to the destination states (the "iron pipeline"); guns bought in the
 * strict destination states mostly stay there (ATF trace data: most crime guns recovered in
 * NY, NJ and MA were first sold out of state).
 */
export function recoveryStateFor(rng: Prng, purchaseState: string): string {
  const role = STATE_BY_CODE.get(purchaseState)?.role ?? 'OTHER';
  if (role === 'SOURCE' && rng.chance(0.32)) {
    const dest = STATES.filter((s) => s.role === 'DESTINATION');
    return rng.weighted(
      dest,
      dest.map((s) => s.crimeWeight),
    ).code;
  }
  if (role === 'DESTINATION' && rng.chance(0.03)) return rng.pick(DESTINATION_STATES.filter((s) => s !== purchaseState));
  if (role === 'OTHER' && rng.chance(0.15)) {
    const others = STATES.filter((s) => s.code !== purchaseState);
    return rng.weighted(
      others,
      others.map((s) => s.crimeWeight),
    ).code;
  }
  return purchaseState;
}
