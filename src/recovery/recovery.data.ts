import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import type { RecoveryContext } from './recovery.context.js';

const context = cypher('recovery/context');

export const recoveryContext = (ctx: RequestContext) => keyedLoader<RecoveryContext | null>(ctx, 'recovery.context', context, null);
