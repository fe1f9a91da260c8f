import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import type { Network, NetworkMembership } from './network.type.js';

const byId = cypher('network/network-by-id');
const personNetwork = cypher('network/person-network');

export const networkById = (ctx: RequestContext) => keyedLoader<Network | null>(ctx, 'network.byId', byId, null);
export const networkOfPerson = (ctx: RequestContext) => keyedLoader<NetworkMembership | null>(ctx, 'network.ofPerson', personNetwork, null);
