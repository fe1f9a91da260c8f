import type { Agency } from '../model/agency.type.js';
import type { WithContext } from '../common/preloaded.js';
import type { Ffl } from '../model/ffl.type.js';
import type { Firearm } from '../model/firearm.type.js';
import type { Person } from '../model/person.type.js';
import type { Sale } from '../model/sale.type.js';
import type { Scene } from '../model/scene.type.js';
import type { Trace } from '../model/trace.type.js';
import type { Recovery } from '../model/recovery.type.js';

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
