/** The blind dealer generators, by author: each was written without the scoring, the project's generator or the others. */
import { plantBlindDealers } from '../blind-dealers/plant.js';
import { plantSecondBlindDealers } from '../blind-dealers-second/plant.js';
import type { BlindDealerGenerator } from './dealers.contract.js';

export const BLIND_DEALER_AUTHORS = { first: plantBlindDealers, second: plantSecondBlindDealers } satisfies Record<string, BlindDealerGenerator>;

export const isBlindDealerAuthor = (a: string): a is keyof typeof BLIND_DEALER_AUTHORS => Object.hasOwn(BLIND_DEALER_AUTHORS, a);
