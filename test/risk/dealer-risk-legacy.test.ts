import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Gateway } from '../../src/db/gateway.js';
import { breakdownFromProperties } from '../../src/risk/risk-breakdown.codec.js';
import { runDealerRisk } from '../../src/risk/dealer-risk.job.js';
import { convertLegacyDealerRisk } from '../../src/risk/risk-run.data.js';
import { testGateway } from '../support/app.js';

/**
 * Dealer-risk results stored before the JSON breakdown (seven properties per indicator) are
 * converted in place, in small transactions, before a run stores: against the real database, a
 * converted node reads back the same breakdown, keeps none of the old properties, and the next run
 * finds its content unchanged.
 */
let gateway: Gateway;
const FIELDS = ['value', 'percentile', 'peerGroup', 'peerCount', 'weight', 'contribution', 'detail'] as const;
const query = (text: string, params: Record<string, unknown> = {}) => gateway.driver.executeQuery(text, params, { database: inject('neo4j').database });

async function propsOf(licenses: string[]): Promise<Map<string, Record<string, unknown>>> {
  const { records } = await query('UNWIND $l AS license MATCH (r:DealerRisk {license: license}) RETURN license, properties(r) AS props', { l: licenses });
  return new Map(records.map((r) => [r.get('license') as string, r.get('props') as Record<string, unknown>]));
}

beforeAll(async () => {
  gateway = testGateway();
  await runDealerRisk(gateway, new Date().toISOString());
}, 300_000);
afterAll(async () => {
  await gateway.close();
});

describe('dealer-risk results in the earlier layout', () => {
  it('are converted to the JSON breakdown in place, reading back the same indicators', async () => {
    const { records } = await query('MATCH (r:DealerRisk) WHERE r.breakdown IS NOT NULL RETURN r.license AS license ORDER BY r.rank LIMIT 3');
    const licenses = records.map((r) => r.get('license') as string);
    expect(licenses).toHaveLength(3);
    const original = await propsOf(licenses);
    const expected = new Map([...original].map(([l, p]) => [l, breakdownFromProperties(p)]));

    // Back to the earlier layout: one property per indicator field, no value when not enough evidence.
    for (const [license, indicators] of expected) {
      const legacy: Record<string, unknown> = {};
      for (const i of indicators) for (const f of FIELDS) if (i[f] !== null) legacy[`${f}_${i.key}`] = i[f];
      await query('MATCH (r:DealerRisk {license: $license}) SET r += $legacy REMOVE r.breakdown', { license, legacy });
    }
    // The earlier layout predates `standing`: a score stored then counted every percentile, so that is what reads back.
    const asStored = (list: ReturnType<typeof breakdownFromProperties>) => list.map((i) => ({ ...i, standing: i.percentile }));
    expect(breakdownFromProperties((await propsOf(licenses)).get(licenses[0]!)!)).toEqual(asStored(expected.get(licenses[0]!)!));

    expect(await convertLegacyDealerRisk(gateway, {})).toBe(3);
    for (const [license, props] of await propsOf(licenses)) {
      expect(typeof props.breakdown, license).toBe('string');
      expect(
        Object.keys(props).filter((k) => FIELDS.some((f) => k.startsWith(`${f}_`))),
        license,
      ).toEqual([]);
      expect(breakdownFromProperties(props), license).toEqual(asStored(expected.get(license)!));
    }
    // Nothing left to convert; the next run finds the converted results' content unchanged.
    expect(await convertLegacyDealerRisk(gateway, {})).toBe(0);
    const run = await runDealerRisk(gateway, new Date(Date.now() + 1000).toISOString());
    expect(run.stored.written).toBe(0);
    // The earlier layout was written here from today's results, whose contributions count each
    // share's standing; put the breakdowns back as the job stored them, so the other files reading
    // these dealers from the shared database see a breakdown that adds up.
    for (const [license, props] of original)
      await query('MATCH (r:DealerRisk {license: $license}) SET r.breakdown = $breakdown', { license, breakdown: props.breakdown });
  });
});
