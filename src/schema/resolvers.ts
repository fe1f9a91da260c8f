import type { NonEmptyArray } from 'type-graphql';
import { AuditEventResolver } from '../audit/audit-event.resolver.js';
import { ImportResolver } from '../import/import.resolver.js';
import { LinkChartResolver } from '../linkchart/link-chart.resolver.js';
import { investigatorResolvers } from '../common/investigator.resolvers.js';
import { ServiceInfoResolver } from '../system/service-info.resolver.js';
import { analysisResolvers } from '../analysis/analysis.resolvers.js';
import { holesResolvers } from '../report/holes.resolvers.js';

/**
 * Every resolver class of the API. Add a domain's resolvers here; the schema, the emitted
 * SDL (schema/schema.graphql) and the tests all build from this list.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const resolvers: NonEmptyArray<Function> = [ServiceInfoResolver, AuditEventResolver, ImportResolver, LinkChartResolver, ...investigatorResolvers, ...analysisResolvers, ...holesResolvers];
