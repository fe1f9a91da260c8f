import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChartNodeKind } from '../../../src/linkchart/chart-node-kind.enum.js';
import { formatNodeId, nodeIdOf, nodeIdProblem, nodeIdRule, parseNodeId } from '../../../src/linkchart/node-id.js';

describe('link-chart node ids', () => {
  it('split at the first colon only, with kind aliases and any case', () => {
    expect(parseNodeId('Casing:E-1:2')).toEqual({ kind: ChartNodeKind.CASING, key: 'E-1:2' });
    expect(parseNodeId('dealer:1-23-456-01-2B-01234')).toEqual({ kind: ChartNodeKind.FFL, key: '1-23-456-01-2B-01234' });
    expect(parseNodeId('GUN:F-9').kind).toBe(ChartNodeKind.FIREARM);
  });

  it('refuse an unknown kind, an empty key or an overlong key (the rule of every node-id argument)', () => {
    expect(nodeIdProblem('Planet:X')).toMatch(/is not a node id/);
    expect(nodeIdProblem('Casing:')).toMatch(/is not a node id/);
    expect(nodeIdProblem(`Casing:${'x'.repeat(201)}`)).toBe('the key is longer than 200 characters');
    expect(nodeIdRule().safeParse('Casing:E-1').success).toBe(true);
    // Only a defect reaches parseNodeId with an unchecked id: it is not reported as the caller's mistake.
    expect(() => parseNodeId('Planet:X')).toThrow(/not a node id/);
  });

  it('with keyFormats, refuse a key that cannot be one of its kind (node, nodes)', () => {
    expect(nodeIdProblem('Agency:XX', true)).toMatch(/is not an ORI/);
    expect(nodeIdProblem('Ffl:not-a-license', true)).toMatch(/is not an FFL license number/);
    expect(nodeIdProblem('Agency:NY0303000', true)).toBeNull();
    expect(nodeIdProblem('Agency:XX')).toBeNull();
  });

  it('round-trip every kind and key (property)', () => {
    const key = fc.string({ minLength: 1, maxLength: 200 }).filter((k) => k.trim() === k && k.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(ChartNodeKind)), key, (kind, k) => {
        expect(parseNodeId(formatNodeId(kind, k))).toEqual({ kind, key: k });
      }),
    );
  });

  it('read the key property of a row node, and nothing for a node without one', () => {
    expect(nodeIdOf(ChartNodeKind.CASING, { evidenceId: 'E-1' })).toBe('Casing:E-1');
    expect(nodeIdOf(ChartNodeKind.CASING, {})).toBeUndefined();
  });
});
