import { describe, expect, it } from 'vitest';
import { csvCell, toCytoscapeJson, toEdgesCsv, toGraphml, toNodesCsv, type EdgeData, type NodeData } from '../../../web/chart/chart-export.js';

const nodes: NodeData[] = [
  {
    id: 'Ffl:1-23-456-01-2B-01234',
    kind: 'FFL',
    label: 'Shop & Sons <Pawn>',
    riskScore: 71.5,
    distance: 0,
    properties: { license: '1-23-456-01-2B-01234', location: { latitude: 40.7, longitude: -74 }, state: 'NY' },
  },
  {
    id: 'Person:P-1',
    kind: 'PERSON',
    label: 'Person P-1',
    riskScore: null,
    distance: 1,
    properties: { id: 'P-1', lastName: null, note: '=HYPERLINK("x")', kind: 'shadow' },
  },
];
const edges: EdgeData[] = [
  {
    id: 'Ffl:1-23-456-01-2B-01234|SOLD|Person:P-1',
    source: nodes[0]!.id,
    target: nodes[1]!.id,
    kind: 'SOLD',
    at: '2024-01-02T00:00:00.000Z',
    properties: { note: 'a, "quoted" text' },
  },
];

describe('chart exports', () => {
  it('writes Cytoscape JSON with flat attributes and positions', () => {
    const json = toCytoscapeJson(nodes, edges, { 'Person:P-1': { x: 1, y: 2 } });
    expect(json.elements.nodes).toHaveLength(2);
    expect(json.elements.nodes[0]!.data).toMatchObject({ id: nodes[0]!.id, kind: 'FFL', riskScore: 71.5, location_latitude: 40.7, state: 'NY' });
    // A property named like a reserved attribute does not overwrite it.
    expect(json.elements.nodes[1]!.data).toMatchObject({ kind: 'PERSON', p_kind: 'shadow' });
    expect(json.elements.nodes[1]).toMatchObject({ position: { x: 1, y: 2 } });
    expect(json.elements.edges[0]!.data).toMatchObject({ source: nodes[0]!.id, target: nodes[1]!.id, kind: 'SOLD', at: edges[0]!.at });
  });

  it('writes GraphML with typed keys and escaped text', () => {
    const xml = toGraphml(nodes, edges);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('attr.name="riskScore" attr.type="double"');
    expect(xml).toContain('attr.name="label" attr.type="string"');
    expect(xml).toContain('Shop &amp; Sons &lt;Pawn&gt;');
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.match(/<edge /g)).toHaveLength(1);
    expect(xml).toContain(`source="${nodes[0]!.id}" target="${nodes[1]!.id}"`);
    // Every data element names a declared key.
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const [, key] of xml.matchAll(/<data key="([^"]+)"/g)) expect(declared.has(key)).toBe(true);
  });

  it('writes CSV tables that are RFC 4180 and safe to open in a spreadsheet', () => {
    const nodeCsv = toNodesCsv(nodes).split('\r\n');
    expect(nodeCsv[0]!.split(',').slice(0, 5)).toEqual(['id', 'kind', 'label', 'riskScore', 'distance']);
    expect(nodeCsv).toHaveLength(4); // header, two rows, trailing empty line
    expect(toNodesCsv(nodes)).toContain(`"'=HYPERLINK(""x"")"`);
    expect(toEdgesCsv(edges)).toContain('"a, ""quoted"" text"');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell(null)).toBe('');
  });
});
