import { TraceCoverageResolver } from '../coverage/trace-coverage.resolver.js';
import { AgencyMetricsResolver } from '../metrics/metrics.resolver.js';
import { AgencyReportResolver } from './agency-report.resolver.js';

/** Agency NIBIN and tracing metrics, dealer trace coverage and the agency feedback report; registered in src/schema/resolvers.ts. */
export const holesResolvers = [AgencyMetricsResolver, TraceCoverageResolver, AgencyReportResolver] as const;
