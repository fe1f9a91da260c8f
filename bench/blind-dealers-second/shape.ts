/** A planted shape: its name, whether it is a bad dealer, and how it plants one dealer. */
import type { PlantedDealer } from '../blind-harness/dealers.contract.js';
import type { Ledger } from './ledger.js';

export interface Shape {
  name: string;
  bad: boolean;
  plant(ledger: Ledger): PlantedDealer;
}

/** Rounds a drawn share or rate for the report. */
export const r2 = (v: number): number => Math.round(v * 100) / 100;
