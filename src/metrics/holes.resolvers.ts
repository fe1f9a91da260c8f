import { AgencyMetricsResolver } from './metrics.resolver.js';

/** Agency NIBIN and tracing metrics, dealer trace coverage and the agency feedback report; registered in src/schema/resolvers.ts. */
export const holesResolvers = [AgencyMetricsResolver] as const;
