import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../../src/core/context.js';
import { ChartBuilder } from '../../../src/linkchart/chart-builder.js';
import { ChartNodeKind } from '../../../src/linkchart/chart-node-kind.enum.js';
import type { RingRow } from '../../../src/linkchart/linkchart.data.js';

// No person in these charts, so the personal-data guard (the only reader of the context) never runs.
const ctx = {} as RequestContext;
const link = (rid: string, src: string, dst: string): RingRow => ({
  fromEid: src,
  rid,
  type: 'SOLD',
  rprops: {},
  src,
  dst,
  atMs: null,
  eid: dst,
  labels: ['Sale'],
  key: dst,
});

describe('ChartBuilder.result', () => {
  function chartWithTwoSales() {
    const chart = new ChartBuilder(10);
    chart.place('e-ffl', ChartNodeKind.FFL, '1-23-456-01-2B-01234', 0, false, { eid: 'e-ffl', labels: ['Ffl'], props: { license: '1-23-456-01-2B-01234' } });
    chart.place('e-s1', ChartNodeKind.SALE, 'SA-1', 1);
    chart.place('e-s2', ChartNodeKind.SALE, 'SA-2', 1);
    chart.addEdge(link('r1', 'e-ffl', 'e-s1'));
    chart.addEdge(link('r2', 'e-ffl', 'e-s2'));
    return chart;
  }

  it('sends every link whose two ends are sent', () => {
    const chart = chartWithTwoSales();
    chart.placed.get('e-s1')!.row = { eid: 'e-s1', labels: ['Sale'], props: { id: 'SA-1' } };
    chart.placed.get('e-s2')!.row = { eid: 'e-s2', labels: ['Sale'], props: { id: 'SA-2' } };
    const out = chart.result(ctx);
    expect(out.nodes.map((n) => n.id).sort()).toEqual(['Ffl:1-23-456-01-2B-01234', 'Sale:SA-1', 'Sale:SA-2']);
    expect(out.edges).toHaveLength(2);
  });

  it('leaves out a node whose properties were not read (deleted meanwhile) and every link to it', () => {
    const chart = chartWithTwoSales();
    chart.placed.get('e-s1')!.row = { eid: 'e-s1', labels: ['Sale'], props: { id: 'SA-1' } };
    const out = chart.result(ctx);
    expect(out.nodes.map((n) => n.id)).not.toContain('Sale:SA-2');
    expect(out.edges.map((e) => e.target)).toEqual(['Sale:SA-1']);
  });

  it('sends links to nodes the client already draws, without sending those nodes', () => {
    const chart = new ChartBuilder(10);
    chart.place('e-ffl', ChartNodeKind.FFL, '1-23-456-01-2B-01234', 0, true);
    chart.place('e-s1', ChartNodeKind.SALE, 'SA-1', 1);
    chart.addEdge(link('r1', 'e-ffl', 'e-s1'));
    chart.placed.get('e-s1')!.row = { eid: 'e-s1', labels: ['Sale'], props: { id: 'SA-1' } };
    const out = chart.result(ctx);
    expect(out.nodes.map((n) => n.id)).toEqual(['Sale:SA-1']);
    expect(out.edges.map((e) => e.source)).toEqual(['Ffl:1-23-456-01-2B-01234']);
  });
});
