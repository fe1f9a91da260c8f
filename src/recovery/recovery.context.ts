import type { Agency } from '../agency/agency.type.js';
import type { WithContext } from '../common/preloaded.js';
import type { Ffl } from '../ffl/ffl.type.js';
import type { Firearm } from '../firearm/firearm.type.js';
import type { Person } from '../person/person.type.js';
import type { Sale } from '../sale/sale.type.js';
import type { Scene } from '../scene/scene.type.js';
import type { Trace } from '../trace/trace.type.js';
import type { Recovery } from './recovery.type.js';

/** What surrounds a trace: who asked and what it resolved. */
export interface TraceContext {
  requestingAgency: Agency | null;
  resolvedDealer: Ffl | null;
  resolvedPurchaser: Person | null;
  recovery?: Recovery | null;
}
export type TraceRow = WithContext<Trace, TraceContext>;

/** What surrounds a recovery, fetched in one statement (recovery/context.cypher, firearm/trace-chain.cypher). */
export interface RecoveryContext {
  firearm: Firearm | null;
  scene: Scene | null;
  possessor: Person | null;
  agency: Agency | null;
  /** The gun's first retail sale, with its dealer and purchaser: where time-to-crime starts. */
  sale: Sale | null;
  dealer: Ffl | null;
  purchaser: Person | null;
  traces: TraceRow[];
}
export type RecoveryRow = WithContext<Recovery, RecoveryContext>;
