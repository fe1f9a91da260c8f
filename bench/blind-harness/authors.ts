/** The blind trafficking generators, by author: each was written without the rules, the project's typology generator or the others. */
import { FIRST_BLIND } from '../blind/plant.js';
import { SECOND_BLIND } from '../blind-second/plant.js';
import type { BlindGenerator } from './trafficking.contract.js';

export const BLIND_AUTHORS = { first: FIRST_BLIND, second: SECOND_BLIND } satisfies Record<string, BlindGenerator>;

export const isBlindAuthor = (a: string): a is keyof typeof BLIND_AUTHORS => Object.hasOwn(BLIND_AUTHORS, a);
