import { describe, expect, it } from 'vitest';
import { loadRiskConfig, parseRiskConfig, RiskConfigError } from '../../../src/risk/risk-config.js';

describe('risk configuration', () => {
  it('validates config/risk-weights.json and names what is wrong', () => {
    const config = loadRiskConfig();
    const raw = JSON.parse(JSON.stringify(config)) as Record<string, Record<string, unknown>>;
    delete raw.weights!.UNANSWERED_TRACE_SHARE;
    raw.weights!.TRACES_PER_YERA = 1;
    expect(() => parseRiskConfig(raw)).toThrow(RiskConfigError);
    expect(() => parseRiskConfig(raw)).toThrow(/weights\.UNANSWERED_TRACE_SHARE|TRACES_PER_YERA/);
    const zero = JSON.parse(JSON.stringify(config)) as { weights: Record<string, number> };
    for (const k of Object.keys(zero.weights)) zero.weights[k] = 0;
    expect(() => parseRiskConfig(zero)).toThrow(/at least one weight/);
  });
});
