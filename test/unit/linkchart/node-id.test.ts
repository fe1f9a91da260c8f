import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChartNodeKind } from '../../../src/linkchart/chart-node-kind.enum.js';
import { formatNodeId, nodeIdOf, parseNodeId } from '../../../src/linkchart/node-id.js';

const fieldOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
  return undefined;
};

describe('link-chart node ids', () => {
  it('split at the first colon only, with kind aliases and any case', () => {
    expect(parseNodeId('Casing:E-1:2', 'seeds')).toEqual({ kind: ChartNodeKind.CASING, key: 'E-1:2' });
    expect(parseNodeId('dealer:1-23-456-01-2B-01234', 'seeds')).toEqual({ kind: ChartNodeKind.FFL, key: '1-23-456-01-2B-01234' });
    expect(parseNodeId('GUN:F-9', 'seeds').kind).toBe(ChartNodeKind.FIREARM);
  });

  it('refuse an unknown kind, an empty key or an overlong key, naming the field', () => {
    expect(fieldOf(() => parseNodeId('Planet:X', 'seeds'))).toBe('seeds');
    expect(fieldOf(() => parseNodeId('Casing:', 'from'))).toBe('from');
    expect(fieldOf(() => parseNodeId(`Casing:${'x'.repeat(201)}`, 'to'))).toBe('to');
  });

  it('round-trip every kind and key (property)', () => {
    const key = fc.string({ minLength: 1, maxLength: 200 }).filter((k) => k.trim() === k && k.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(ChartNodeKind)), key, (kind, k) => {
        expect(parseNodeId(formatNodeId(kind, k), 'id')).toEqual({ kind, key: k });
      }),
    );
  });

  it('read the key property of a row node, and nothing for a node without one', () => {
    expect(nodeIdOf(ChartNodeKind.CASING, { evidenceId: 'E-1' })).toBe('Casing:E-1');
    expect(nodeIdOf(ChartNodeKind.CASING, {})).toBeUndefined();
  });
});
