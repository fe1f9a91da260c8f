/**
 * The blind generators, by author: each was written without the rules or the scoring, the
 * project's generator, or the other authors' work. `--author` on the blind benches picks one.
 */
import { plantBlindDealers } from '../blind-dealers/plant.js';
import { plantSecondBlindDealers } from '../blind-dealers-second/plant.js';
import { SECOND_BLIND } from '../blind-second/plant.js';
import { FIRST_BLIND } from '../blind/plant.js';
import type { BlindDealerGenerator } from './dealers.contract.js';
import type { BlindGenerator } from './trafficking.contract.js';

export const BLIND_AUTHORS = { first: FIRST_BLIND, second: SECOND_BLIND } satisfies Record<string, BlindGenerator>;
export const BLIND_DEALER_AUTHORS = { first: plantBlindDealers, second: plantSecondBlindDealers } satisfies Record<string, BlindDealerGenerator>;

/** The generator `name` names in `authors`, or an error listing the authors there are. */
export function authorOf<T>(authors: Record<string, T>, name: string): T {
  if (!Object.hasOwn(authors, name)) throw new Error(`--author must be one of ${Object.keys(authors).join(', ')}`);
  return authors[name]!;
}
