import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { fflRule, intRule } from '../common/arg-rules.js';
import { ruleFor } from '../common/validate-args.js';
import { Role } from '../core/role.js';
import { NonEmptyStringScalar } from '../common/scalars.js';
import { fflByLicense } from '../ffl/ffl.data.js';
import { Ffl } from '../model/ffl.type.js';
import { LinkChart } from '../linkchart/link-chart.type.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import { dealerEvidence, dealerRiskByLicense, dealerRiskPage, indicatorsOf } from './risk.data.js';
import { DealerRisk, DealerRiskConnection, HighRiskDealerFilter, RiskEvidenceConnection, RiskIndicator, RiskIndicatorKey } from './dealer-risk.type.js';
import { dealerRiskSubgraph, SUBGRAPH_LIMITS } from './dealer-subgraph.service.js';
import { loadRiskConfig } from './risk-config.js';
import { indicatorDefinition, type RiskIndicatorKey as Key } from './risk-indicator.catalog.js';
import { fieldDivisionCaveat } from '../model/field-division-caveats.js';

const config = loadRiskConfig();

/** Dealer risk is analyst material: ANALYST, which investigators and supervisors include (src/core/role.ts). */
const RISK_ROLES = [Role.ANALYST];

@Resolver(() => DealerRisk)
export class DealerRiskResolver {
  @Authorized(RISK_ROLES)
  @Query(() => DealerRiskConnection, {
    description:
      'Dealers ranked by the risk score of the last analysis run (highest first), with score and breakdown. ' +
      'Keyset-paged (at most 100 per page); reads stored results, never recomputes.',
  })
  async highRiskDealers(
    @Arg('filter', () => HighRiskDealerFilter, { nullable: true, description: 'Filters; all given filters must hold.' }) filter: HighRiskDealerFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const req = pageRequest('highRiskDealers', args);
    const filters = { state: filter?.state ?? null, licenseType: filter?.licenseType ?? null, from: filter?.from ?? null, to: filter?.to ?? null };
    return dealerRiskPage(ctx, req, filters);
  }

  @Authorized(RISK_ROLES)
  @Query(() => LinkChart, {
    description:
      'The neighbourhood of a dealer for drawing (Cytoscape.js element data): sales, guns and purchasers (depth 1), recoveries, scenes and ' +
      'possessors (depth 2), the other dealers those purchasers used (depth 3). Recovered guns first; bounded by `limit` nodes. ' +
      'Person names follow the personal-data rule.',
  })
  dealerRiskSubgraph(
    @Arg('license', () => NonEmptyStringScalar, { description: 'License number, X-XX-XXX-XX-XY-XXXXX.', validateFn: ruleFor('license', fflRule()) })
    license: string,
    @Arg('depth', () => Int, {
      defaultValue: SUBGRAPH_LIMITS.defaultDepth,
      description: 'How far from the dealer: 1 to 3.',
      validateFn: ruleFor('depth', intRule(SUBGRAPH_LIMITS.minDepth, SUBGRAPH_LIMITS.maxDepth)),
    })
    depth: number,
    @Arg('limit', () => Int, {
      defaultValue: SUBGRAPH_LIMITS.defaultNodes,
      description: `Most nodes to return: 1 to ${SUBGRAPH_LIMITS.maxNodes}.`,
      validateFn: ruleFor('limit', intRule(1, SUBGRAPH_LIMITS.maxNodes)),
    })
    limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<LinkChart> {
    return dealerRiskSubgraph(ctx, license, depth, limit);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Why `fieldDivision` may be wrong for this dealer (the premises' state is one the division mapping is known to split wrongly); null otherwise.",
  })
  fieldDivisionCaveat(@Root() risk: DealerRisk): string | null {
    return fieldDivisionCaveat({ state: risk.state });
  }

  @FieldResolver(() => [RiskIndicator], { description: 'Every indicator of the score, in catalogue order; the contributions add up to the score.' })
  indicators(@Root() risk: DealerRisk): RiskIndicator[] {
    return indicatorsOf(risk);
  }

  @FieldResolver(() => [RiskIndicator], { description: 'The indicators that add the most to the score, largest contribution first.' })
  topIndicators(
    @Root() risk: DealerRisk,
    @Arg('count', () => Int, { defaultValue: 3, description: 'How many: 1 to 20.', validateFn: ruleFor('count', intRule(1, 20)) }) n: number,
  ): RiskIndicator[] {
    const all = indicatorsOf(risk);
    return [...all]
      .filter((i) => i.contribution > 0)
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, n);
  }

  @FieldResolver(() => RiskEvidenceConnection, {
    description:
      'The crime-gun traces behind the score, newest request first, each with the indicators it counts toward. ' +
      '`indicator` keeps the traces behind one indicator. Keyset-paged (at most 100 per page).',
  })
  async evidence(
    @Root() risk: DealerRisk,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('indicator', () => RiskIndicatorKey, { nullable: true, description: 'Only the traces behind this indicator.' }) indicator: Key | null,
    @Ctx() ctx: RequestContext,
  ) {
    const req = pageRequest(`DealerRisk.evidence:${risk.license}`, args);
    const flag = indicator ? (indicatorDefinition(indicator).evidenceFlag ?? 'ANY') : 'ANY';
    const t = config.thresholds;
    const params = {
      flag,
      shortDays: t.shortTimeToCrimeDays,
      veryShortDays: t.veryShortTimeToCrimeDays,
      answerMillis: t.traceAnswerHours * 3_600_000,
      repeatedLossIncidents: t.repeatedLossIncidents,
      minRepeatPurchasers: t.minRepeatPurchasers,
    };
    return dealerEvidence(ctx, risk.license, req, params);
  }

  @FieldResolver(() => Ffl, { nullable: true, description: 'The licensee.' })
  ffl(@Root() risk: DealerRisk, @Ctx() ctx: RequestContext): Promise<Ffl | null> {
    return fflByLicense(ctx).load(risk.license);
  }
}

@Resolver(() => Ffl)
export class FflRiskResolver {
  @Authorized(RISK_ROLES)
  @FieldResolver(() => DealerRisk, {
    nullable: true,
    description: "The dealer's risk score from the last analysis run, with breakdown and evidence; null before the analysis job has run. Analyst material.",
  })
  risk(@Root() ffl: Ffl, @Ctx() ctx: RequestContext): Promise<DealerRisk | null> {
    return dealerRiskByLicense(ctx).load(ffl.license);
  }
}
