import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import type { Firearm } from '../model/firearm.type.js';
import type { PageRequest } from '../pagination/page-args.js';
import { nestedPage } from '../pagination/page.loader.js';
import { pagedList } from '../pagination/paged-list.js';
import type { FlaggedPurchaser } from './flagged-purchaser.type.js';
import type { Network, NetworkDealer, NetworkMember, NetworkMembership, NetworkRole, StrawPurchaseIndicators } from './network.type.js';

const byId = cypher('network/network-by-id');
const personNetwork = cypher('network/person-network');
const list = { page: cypher('network/networks-page'), count: cypher('network/networks-count') };
const members = cypher('network/network-members');
const dealers = cypher('network/network-dealers');
const firearms = cypher('network/network-firearms');
const strawIndicators = cypher('network/straw-purchase-indicators');
const flagged = { page: cypher('network/flagged-purchasers-page'), count: cypher('network/flagged-purchasers-count') };

export interface NetworkListFilters {
  state: string | null;
  from: string | null;
  to: string | null;
  minSize: number | null;
  typology: string | null;
}

export const networkById = (ctx: RequestContext) => keyedLoader<Network | null>(ctx, 'network.byId', byId, null);
export const networkOfPerson = (ctx: RequestContext) => keyedLoader<NetworkMembership | null>(ctx, 'network.ofPerson', personNetwork, null);

export const networkPage = (ctx: RequestContext, req: PageRequest, filters: NetworkListFilters) => pagedList<Network>(ctx, req, list, { ...filters });
/** A network's members, optionally of one role: the role is a loader parameter, so each role has its own batch. */
export const networkMembers = (ctx: RequestContext, networkId: string, req: PageRequest, role: NetworkRole | null) =>
  nestedPage<NetworkMember>(ctx, 'network.members', members, networkId, req, { role: role ?? null });
export const networkDealers = (ctx: RequestContext, networkId: string, req: PageRequest) =>
  nestedPage<NetworkDealer>(ctx, 'network.dealers', dealers, networkId, req);
export const networkFirearms = (ctx: RequestContext, networkId: string, req: PageRequest) =>
  nestedPage<Firearm>(ctx, 'network.firearms', firearms, networkId, req);

/** Flagged purchasers of the last analysis run, best-ranked first, optionally of one network typology. */
export const flaggedPurchaserPage = (ctx: RequestContext, req: PageRequest, typology: string | null) =>
  pagedList<FlaggedPurchaser>(ctx, req, flagged, { typology });

/** A purchaser's straw-purchase counts (signals are derived from them), judged by the short time-to-crime window. */
export type StrawPurchaseCounts = Omit<StrawPurchaseIndicators, 'signals' | 'flagged'>;
export const strawPurchaseCounts = (ctx: RequestContext, shortDays: number) =>
  keyedLoader<StrawPurchaseCounts | null>(ctx, 'network.strawIndicators', strawIndicators, null, { shortDays });
