import type { NonEmptyArray } from 'type-graphql';
import { AgencyResolver } from '../agency/agency.resolver.js';
import { AuditEventResolver } from '../audit/audit-event.resolver.js';
import { CasingResolver } from '../casing/casing.resolver.js';
import { FflResolver } from '../ffl/ffl.resolver.js';
import { FirearmResolver } from '../firearm/firearm.resolver.js';
import { ImportResolver } from '../import/import.resolver.js';
import { LeadResolver } from '../lead/lead.resolver.js';
import { LeadWorkflowResolver } from '../lead/lead-workflow.resolver.js';
import { TriageResolver } from '../lead/triage.resolver.js';
import { LeadEventResolver } from '../subscription/lead-event.resolver.js';
import { WatchResolver } from '../watch/watch.resolver.js';
import { LinkChartResolver } from '../linkchart/link-chart.resolver.js';
import { NetworkDealerResolver, NetworkMemberResolver, NetworkResolver, PersonNetworkResolver } from '../network/network.resolver.js';
import { PersonResolver } from '../person/person.resolver.js';
import { RecoveryResolver } from '../recovery/recovery.resolver.js';
import { DealerRiskResolver, FflRiskResolver } from '../risk/dealer-risk.resolver.js';
import { SaleResolver } from '../sale/sale.resolver.js';
import { SceneResolver } from '../scene/scene.resolver.js';
import { ServiceInfoResolver } from '../system/service-info.resolver.js';
import { FirearmTheftReportsResolver, TheftReportResolver } from '../theft/theft-report.resolver.js';
import { TraceResolver } from '../trace/trace.resolver.js';
import { ProvenanceResolver } from '../provenance/provenance.resolver.js';
import { FlaggedPurchaserResolver } from '../network/flagged-purchaser.resolver.js';
import { NodeResolver } from '../node/node.resolver.js';
import { nodeIdResolvers } from '../node/node-id.resolvers.js';
import { TraceCoverageResolver } from '../coverage/trace-coverage.resolver.js';
import { AgencyMetricsResolver } from '../metrics/metrics.resolver.js';
import { AgencyReportResolver } from '../report/agency-report.resolver.js';
import { SearchResolver } from '../search/search.resolver.js';
import { DuplicateCandidateResolver, PersonClusterResolver } from '../resolution/resolution.resolver.js';
import { InvestigationResolver } from '../investigation/investigation.resolver.js';

/**
 * THE list of resolver classes: the schema, the emitted SDL (schema/schema.graphql) and the
 * tests all build from it. It lives at the top (the composition layer) so that no domain area
 * has to import another to be registered; add a new area's resolvers here, nowhere else.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's buildSchema takes NonEmptyArray<Function>
export const resolvers: NonEmptyArray<Function> = [
  ServiceInfoResolver,
  AuditEventResolver,
  ImportResolver,
  LinkChartResolver,
  // Investigator API: the graph's nodes.
  AgencyResolver,
  SceneResolver,
  CasingResolver,
  LeadResolver,
  FirearmResolver,
  RecoveryResolver,
  SaleResolver,
  TraceResolver,
  FflResolver,
  PersonResolver,
  // Analysis: dealer risk and trafficking networks.
  DealerRiskResolver,
  FflRiskResolver,
  NetworkResolver,
  NetworkMemberResolver,
  NetworkDealerResolver,
  PersonNetworkResolver,
  FlaggedPurchaserResolver,
  // Theft and loss reports.
  TheftReportResolver,
  FirearmTheftReportsResolver,
  // The NIBIN lead cycle: workflow, triage and daily brief, watchlists, subscriptions.
  LeadWorkflowResolver,
  TriageResolver,
  WatchResolver,
  LeadEventResolver,
  // Global object identification (Relay): node/nodes and every kind's global id.
  NodeResolver,
  ...nodeIdResolvers,
  // Agency NIBIN and tracing metrics, dealer trace coverage, the agency feedback report.
  AgencyMetricsResolver,
  TraceCoverageResolver,
  AgencyReportResolver,
  // Provenance and conflicts of imported records.
  ProvenanceResolver,
  // Full-text search and person resolution.
  SearchResolver,
  DuplicateCandidateResolver,
  PersonClusterResolver,
  // Saved investigations (the analyst's workspace).
  InvestigationResolver,
];
