import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { TraceContext } from '../recovery/recovery.context.js';
import type { RequestContext } from '../core/context.js';

const context = cypher('trace/context');

export const traceContext = (ctx: RequestContext) => keyedLoader<TraceContext | null>(ctx, 'trace.context', context, null);
