import { describe, expect, it } from 'vitest';
import { AgencyLeagueArgs, AgencyMetricsArgs, MetricsTrendArgs, monthRange } from '../../../src/metrics/metrics-args.js';
import { MetricScopeKind } from '../../../src/metrics/metrics.type.js';
import { AgencyReportArgs } from '../../../src/report/agency-report.args.js';
import { argFailure, faultOf } from '../support/arg-failure.js';

const { AGENCY, STATE, FIELD_DIVISION, NATION } = MetricScopeKind;

describe('metrics arguments (declared on the args types)', () => {
  it('a scope needs its kind of key: ORI, state code, field division; NATION none', () => {
    expect(faultOf(AgencyMetricsArgs, { scope: AGENCY, key: 'NY0303000' })).toBeNull();
    expect(faultOf(AgencyMetricsArgs, { scope: NATION })).toBeNull();
    expect(faultOf(AgencyMetricsArgs, { scope: FIELD_DIVISION, key: 'st. paul' })).toBeNull();
    expect(argFailure(AgencyMetricsArgs, { scope: AGENCY, key: 'nypd' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'key' });
    expect(argFailure(AgencyMetricsArgs, { scope: STATE })).toMatchObject({ field: 'key', message: 'key: is required for scope STATE' });
    expect(faultOf(AgencyMetricsArgs, { scope: STATE, key: 'Jersey' })).toBe('key');
    expect(faultOf(MetricsTrendArgs, { scope: FIELD_DIVISION, key: 'Gotham' })).toBe('key');
  });

  it('months are YYYY-MM, `to` not before `from`; a blank month is no month', () => {
    expect(faultOf(AgencyMetricsArgs, { scope: NATION, from: '2025-13' })).toBe('from');
    expect(faultOf(MetricsTrendArgs, { scope: NATION, to: '2025' })).toBe('to');
    expect(faultOf(AgencyMetricsArgs, { scope: NATION, from: '2025-03', to: '2025-01' })).toBe('to');
    expect(faultOf(AgencyMetricsArgs, { scope: NATION, from: '2025-01', to: '2025-01' })).toBeNull();
    expect(faultOf(AgencyMetricsArgs, { scope: NATION, from: '', to: '' })).toBeNull();
    expect(monthRange({ from: '', to: '2025-02' })).toEqual({ from: null, to: '2025-02' });
  });

  it('league: a stored period, a ranked scope, a division filter only for agencies', () => {
    const league = (v: Partial<AgencyLeagueArgs>) => faultOf(AgencyLeagueArgs, { scope: AGENCY, period: 'ALL', ...v });
    expect(league({})).toBeNull();
    expect(league({ period: '2024' })).toBeNull();
    expect(league({ period: '2024-07' })).toBeNull();
    expect(league({ period: 'last year' })).toBe('period');
    expect(league({ scope: NATION })).toBe('scope');
    expect(league({ scope: STATE, fieldDivision: 'Boston' })).toBe('fieldDivision');
    expect(league({ fieldDivision: 'Gotham' })).toBe('fieldDivision');
    expect(league({ state: 'XX' })).toBe('state');
    expect(league({ state: '', fieldDivision: '' })).toBeNull();
  });

  it('the agency report: an ORI and a month range', () => {
    expect(faultOf(AgencyReportArgs, { ori: 'NY0303000', from: '2025-01', to: '2025-06' })).toBeNull();
    expect(faultOf(AgencyReportArgs, { ori: 'nypd' })).toBe('ori');
    expect(faultOf(AgencyReportArgs, { ori: 'NY0303000', from: '2025-06', to: '2025-01' })).toBe('to');
  });
});
