import type { Casing } from '../model/casing.type.js';
import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { Ffl } from '../model/ffl.type.js';
import type { Person } from '../model/person.type.js';
import type { RecoveryRow } from '../recovery/recovery.context.js';
import type { Recovery } from '../model/recovery.type.js';
import type { Sale } from '../model/sale.type.js';
import type { Scene } from '../model/scene.type.js';
import type { RequestContext } from '../core/context.js';
import type { Firearm, Manufacturer } from '../model/firearm.type.js';
import type { PageRequest } from '../pagination/page-args.js';
import { pagedList } from '../pagination/paged-list.js';

const byId = cypher('firearm/by-id');
const bySerial = cypher('firearm/by-serial');
const list = { page: cypher('firearm/page'), count: cypher('firearm/count') };
const manufacturer = cypher('firearm/manufacturer');
const casings = cypher('firearm/casings');
const testFires = cypher('firearm/test-fires');
const shootings = cypher('firearm/shootings');
const recoveries = cypher('firearm/recoveries');
const traceChain = cypher('firearm/trace-chain');

/** Bound on the per-gun lists (casings, shootings, recoveries): a gun in hundreds of scenes would be a data error. */
export const MAX_PER_FIREARM = 200;

/** The trace chain as firearm/trace-chain.cypher returns it. */
export interface TraceChainRow {
  firearm: Firearm;
  manufacturer: Manufacturer | null;
  sale: Sale | null;
  dealer: Ffl | null;
  purchaser: Person | null;
  recoveries: RecoveryRow[];
  firstShootingAt: string | null;
}

export const firearmById = (ctx: RequestContext) => keyedLoader<Firearm | null>(ctx, 'firearm.byId', byId, null);
export const firearmManufacturer = (ctx: RequestContext) => keyedLoader<Manufacturer | null>(ctx, 'firearm.manufacturer', manufacturer, null);
export const firearmCasings = (ctx: RequestContext) => keyedLoader<Casing[]>(ctx, 'firearm.casings', casings, [], { max: MAX_PER_FIREARM });
export const firearmTestFires = (ctx: RequestContext) => keyedLoader<Casing[]>(ctx, 'firearm.testFires', testFires, [], { max: MAX_PER_FIREARM });
export const firearmShootings = (ctx: RequestContext) => keyedLoader<Scene[]>(ctx, 'firearm.shootings', shootings, [], { max: MAX_PER_FIREARM });
export const firearmRecoveries = (ctx: RequestContext) => keyedLoader<Recovery[]>(ctx, 'firearm.recoveries', recoveries, [], { max: MAX_PER_FIREARM });
export const firearmTraceChain = (ctx: RequestContext) => keyedLoader<TraceChainRow | null>(ctx, 'firearm.traceChain', traceChain, null);

/** Guns sharing one serial: a handful across makes; more would be a data-entry error. */
export const MAX_SERIAL_MATCHES = 100;

export async function firearmsBySerial(ctx: RequestContext, serial: string): Promise<Firearm[]> {
  const rows = await ctx.gateway.read<{ firearm: Firearm }>(bySerial, { serial, max: MAX_SERIAL_MATCHES }, ctx.meta);
  return rows.map((r) => r.firearm);
}

export interface FirearmListFilters {
  caliber: string | null;
  make: string | null;
  kinds: string[] | null;
  serialObliterated: boolean | null;
}

export const firearmPage = (ctx: RequestContext, req: PageRequest, filters: FirearmListFilters) => pagedList<Firearm>(ctx, req, list, { ...filters });
