import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { monthRule, orBlank, stateRule, timeWindow } from '../common/arg-rules.js';
import { oriProblem, isStateCode } from '../common/ori.js';
import { ValidatedBy } from '../common/validate-args.js';
import { FIELD_DIVISION_NAMES } from '../model/atf-field-divisions.js';
import { LEAGUE_MEASURES, type LeagueMeasure } from './league.compute.js';
import type { MonthRange } from './metrics.service.js';
import { MetricScopeKind } from './metrics.type.js';

/**
 * The arguments of the metrics queries and their rules (docs/architecture.md, Argument
 * validation): months are YYYY-MM with `from` not after `to`, a stored period is ALL, a year or a
 * month, a scope's key is an ORI, a state code or an ATF field division. Checked before the
 * resolver runs; the resolvers only turn the checked values into what the services take.
 */

export const LeagueMeasureEnum = Object.fromEntries(Object.keys(LEAGUE_MEASURES).map((k) => [k, k])) as { [K in LeagueMeasure]: K };
registerEnumType(LeagueMeasureEnum, {
  name: 'AgencyMeasure',
  description: 'A measure agencies are ranked and compared on.',
  valuesConfig: Object.fromEntries(
    Object.entries(LEAGUE_MEASURES).map(([k, m]) => [k, { description: `${m.label} (${m.better === 'HIGH' ? 'higher' : 'lower'} is better)` }]),
  ),
});

/** An ATF field division by name (any case), as ATF writes it ("St. Paul"); undefined for no division. */
export const fieldDivisionName = (name: string): string | undefined => FIELD_DIVISION_NAMES.find((d) => d.toLowerCase() === name.trim().toLowerCase());

const DIVISION_RULE = `must be an ATF field division: ${FIELD_DIVISION_NAMES.join(', ')}`;
export const fieldDivisionRule = () => z.string().refine((v) => fieldDivisionName(v) !== undefined, { error: DIVISION_RULE });

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A period the analysis job stores: ALL, a year (YYYY) or a month (YYYY-MM). */
export const storedPeriodRule = () =>
  z.string().refine((p) => p === 'ALL' || /^\d{4}$/.test(p) || MONTH.test(p), { error: 'must be ALL, a year (YYYY) or a month (YYYY-MM)' });

/** Months from..to (YYYY-MM, inclusive): each a month, `to` not before `from`. */
export const monthWindow = () => z.looseObject({ from: orBlank(monthRule()), to: orBlank(monthRule()) }).superRefine(timeWindow());

/** The key a scope needs: none for NATION, an ORI, a state code or a field division otherwise. */
function scopeKeyProblem(scope: MetricScopeKind, key: string | null | undefined): string | null {
  if (scope === MetricScopeKind.NATION) return null;
  if (!key) return `is required for scope ${scope}`;
  if (scope === MetricScopeKind.FIELD_DIVISION) return fieldDivisionName(key) ? null : DIVISION_RULE;
  if (scope === MetricScopeKind.AGENCY) return oriProblem(key);
  return isStateCode(key) ? null : 'must be a two-letter US state code';
}

const scopedWindow = monthWindow().superRefine((v, ctx) => {
  const problem = scopeKeyProblem(v.scope as MetricScopeKind, v.key as string | null | undefined);
  if (problem) ctx.addIssue({ code: 'custom', path: ['key'], message: problem });
});

/** The rules of agencyMetrics and agencyMetricsTrend (their arguments differ only in descriptions). */
@ValidatedBy(scopedWindow)
abstract class ScopedMonthRules {}

@ArgsType()
export class AgencyMetricsArgs extends ScopedMonthRules {
  @Field(() => MetricScopeKind, { defaultValue: MetricScopeKind.AGENCY })
  scope!: MetricScopeKind;

  @Field(() => String, {
    nullable: true,
    description: 'ORI for AGENCY, two-letter state for STATE, division name for FIELD_DIVISION; ignored for NATION.',
  })
  key?: string | null;

  @Field(() => String, { nullable: true, description: 'First month, YYYY-MM.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last month, YYYY-MM.' })
  to?: string | null;
}

@ArgsType()
export class MetricsTrendArgs extends ScopedMonthRules {
  @Field(() => MetricScopeKind, { defaultValue: MetricScopeKind.AGENCY })
  scope!: MetricScopeKind;

  @Field(() => String, { nullable: true })
  key?: string | null;

  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  to?: string | null;
}

@ArgsType()
@ValidatedBy(
  z.looseObject({ period: storedPeriodRule(), state: orBlank(stateRule()), fieldDivision: orBlank(fieldDivisionRule()) }).superRefine((v, ctx) => {
    if (v.scope === MetricScopeKind.NATION) ctx.addIssue({ code: 'custom', path: ['scope'], message: 'must be AGENCY, STATE or FIELD_DIVISION' });
    else if (v.fieldDivision && v.scope !== MetricScopeKind.AGENCY)
      ctx.addIssue({ code: 'custom', path: ['fieldDivision'], message: 'filters agencies: use it with scope AGENCY' });
  }),
)
export class AgencyLeagueArgs {
  @Field(() => MetricScopeKind, { defaultValue: MetricScopeKind.AGENCY, description: 'AGENCY, STATE or FIELD_DIVISION.' })
  scope!: MetricScopeKind;

  @Field(() => String, { defaultValue: 'ALL' })
  period!: string;

  @Field(() => LeagueMeasureEnum, { defaultValue: 'WITHIN_24H_SHARE' })
  measure!: LeagueMeasure;

  @Field(() => String, { nullable: true })
  state?: string | null;

  @Field(() => String, { nullable: true, description: 'Only the agencies of this ATF field division (scope AGENCY).' })
  fieldDivision?: string | null;
}

/** A checked month range as the services take it. */
export const monthRange = (args: { from?: string | null; to?: string | null }): MonthRange => ({ from: args.from || null, to: args.to || null });
