import { Arg, Args, Authorized, Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import { numberRule, stateRule } from '../common/arg-rules.js';
import { ruleFor } from '../common/validate-args.js';
import { fieldDivisionName, fieldDivisionRule } from '../metrics/metrics-args.js';
import { Role } from '../core/role.js';
import { toConnection } from '../pagination/connection.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import { countUnderObserved, underObservedPage } from './trace-coverage.data.js';
import { DealerRisk, DealerRiskConnection } from '../risk/dealer-risk.type.js';
import type { RequestContext } from '../core/context.js';
import { TraceCoverage } from './trace-coverage.type.js';

interface StoredCoverage {
  score: number;
  tracedGuns?: number | null;
  estimatedCrimeGuns?: number | null;
  estimatedCrimeGunsLow?: number | null;
  estimatedCrimeGunsHigh?: number | null;
  traceCoverage?: number | null;
  traceCoverageLow?: number | null;
  traceCoverageHigh?: number | null;
  underObserved?: boolean | null;
  scoreIfFullyObserved?: number | null;
  scorePercentile?: number | null;
}

export function coverageOf(risk: StoredCoverage): TraceCoverage {
  const under = risk.underObserved === true;
  const confidence = under || risk.traceCoverage == null ? 'LOW' : (risk.traceCoverageLow ?? 0) >= 0.8 ? 'HIGH' : 'MEDIUM';
  return {
    tracedGuns: risk.tracedGuns ?? 0,
    estimatedCrimeGuns: risk.estimatedCrimeGuns ?? null,
    estimatedCrimeGunsLow: risk.estimatedCrimeGunsLow ?? null,
    estimatedCrimeGunsHigh: risk.estimatedCrimeGunsHigh ?? null,
    traceCoverage: risk.traceCoverage ?? null,
    traceCoverageLow: risk.traceCoverageLow ?? null,
    traceCoverageHigh: risk.traceCoverageHigh ?? null,
    underObserved: under,
    flags: under ? ['UNDER_OBSERVED'] : [],
    scoreLow: risk.score,
    scoreHigh: risk.scoreIfFullyObserved ?? risk.score,
    scorePercentile: risk.scorePercentile ?? 0,
    confidence,
  };
}

@Resolver(() => DealerRisk)
export class TraceCoverageResolver {
  @FieldResolver(() => TraceCoverage, {
    description: "Trace coverage of the dealer's crime guns, the score interval it implies and the UNDER_OBSERVED flag (analysis job).",
  })
  coverage(@Root() risk: DealerRisk): TraceCoverage {
    return coverageOf(risk as unknown as StoredCoverage);
  }

  @Authorized([Role.ANALYST])
  @Query(() => DealerRiskConnection, {
    description:
      'Dealers flagged UNDER_OBSERVED (most of their recovered crime guns never traced) whose observed score is already high ' +
      '(score percentile at least minPercentile, default 0.8), in rank order. Their true signals are likely higher still.',
  })
  async underObservedDealers(
    @Arg('minPercentile', () => Float, {
      defaultValue: 0.8,
      description: 'Lowest observed-score percentile (0-1).',
      validateFn: ruleFor('minPercentile', numberRule(0, 1)),
    })
    minPercentile: number,
    @Arg('state', () => String, { nullable: true, validateFn: ruleFor('state', stateRule()) }) state: string | null,
    @Arg('fieldDivision', () => String, {
      nullable: true,
      description:
        'Only dealers whose premises are in this ATF field division (any case, e.g. "St. Paul"); in Florida, California and Texas by the premises\' county.',
      validateFn: ruleFor('fieldDivision', fieldDivisionRule()),
    })
    fieldDivision: string | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const req = pageRequest('underObservedDealers', args);
    const filters = { minPercentile, state: state ?? null, division: fieldDivision ? fieldDivisionName(fieldDivision)! : null };
    const rows = req.first === 0 ? [] : await underObservedPage(ctx, req, filters);
    return toConnection(req, rows, () => countUnderObserved(ctx, filters));
  }
}
