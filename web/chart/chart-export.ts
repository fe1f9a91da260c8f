/**
 * Exports of the chart as drawn (after expansions): Cytoscape JSON (.cyjs, Cytoscape desktop and
 * Cytoscape.js), GraphML (Gephi, yEd, Cytoscape desktop) and CSV tables of nodes and edges.
 * Pure functions of the element data, so they are tested in Node (test/web/chart-export.test.ts).
 */
export interface NodeData {
  id: string;
  kind: string;
  label: string;
  riskScore: number | null;
  distance?: number;
  properties: Record<string, unknown>;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: string;
  at: string | null;
  properties: Record<string, unknown>;
}

type Scalar = string | number | boolean;

/** Flattens nested property maps ({location: {latitude}} → location_latitude) to scalar attributes. */
export function flatten(properties: Record<string, unknown>, prefix = ''): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(properties)) {
    const name = prefix ? `${prefix}_${key}` : key;
    if (value === null || value === undefined) continue;
    if (typeof value === 'object' && !Array.isArray(value)) Object.assign(out, flatten(value as Record<string, unknown>, name));
    else if (Array.isArray(value)) out[name] = value.map(String).join(';');
    else out[name] = value as Scalar;
  }
  return out;
}

const RESERVED_NODE = ['id', 'kind', 'label', 'riskScore', 'distance'];
const RESERVED_EDGE = ['id', 'source', 'target', 'kind', 'at'];

function nodeAttributes(n: NodeData): Record<string, Scalar> {
  const base: Record<string, Scalar> = { id: n.id, kind: n.kind, label: n.label };
  if (n.riskScore !== null && n.riskScore !== undefined) base.riskScore = n.riskScore;
  if (n.distance !== undefined) base.distance = n.distance;
  for (const [k, v] of Object.entries(flatten(n.properties))) base[RESERVED_NODE.includes(k) ? `p_${k}` : k] = v;
  return base;
}

function edgeAttributes(e: EdgeData): Record<string, Scalar> {
  const base: Record<string, Scalar> = { id: e.id, source: e.source, target: e.target, kind: e.kind };
  if (e.at) base.at = e.at;
  for (const [k, v] of Object.entries(flatten(e.properties))) base[RESERVED_EDGE.includes(k) ? `p_${k}` : k] = v;
  return base;
}

/** Cytoscape JSON (the .cyjs layout Cytoscape desktop imports), with positions when known. */
export function toCytoscapeJson(
  nodes: NodeData[],
  edges: EdgeData[],
  positions: Record<string, { x: number; y: number }> = {},
  name = 'crimegun-graph link chart',
) {
  return {
    format_version: '1.0',
    generated_by: 'crimegun-graph',
    target_cytoscapejs_version: '~3.30',
    data: { name },
    elements: {
      nodes: nodes.map((n) => ({ data: nodeAttributes(n), ...(positions[n.id] ? { position: positions[n.id] } : {}) })),
      edges: edges.map((e) => ({ data: edgeAttributes(e) })),
    },
  };
}

// XML 1.0 forbids these control characters in a document: they are dropped, on purpose.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const xml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!).replace(XML_FORBIDDEN, '');

function graphmlType(values: Scalar[]): 'string' | 'double' | 'boolean' {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** GraphML with typed attribute keys; Gephi, yEd and Cytoscape desktop read it. */
export function toGraphml(nodes: NodeData[], edges: EdgeData[]): string {
  const nodeAttrs = nodes.map(nodeAttributes);
  const edgeAttrs = edges.map(edgeAttributes);
  const keys: string[] = [];
  const keyId = new Map<string, string>();
  const declare = (scope: 'node' | 'edge', rows: Record<string, Scalar>[], skip: string[]) => {
    const names = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((n) => !skip.includes(n));
    for (const name of names) {
      const id = `${scope[0]}${keyId.size}`;
      keyId.set(`${scope}:${name}`, id);
      const type = graphmlType(rows.map((r) => r[name]).filter((v): v is Scalar => v !== undefined));
      keys.push(`  <key id="${id}" for="${scope}" attr.name="${xml(name)}" attr.type="${type}"/>`);
    }
  };
  declare('node', nodeAttrs, ['id']);
  declare('edge', edgeAttrs, ['id', 'source', 'target']);
  const dataOf = (scope: 'node' | 'edge', attrs: Record<string, Scalar>, skip: string[]) =>
    Object.entries(attrs)
      .filter(([k]) => !skip.includes(k))
      .map(([k, v]) => `<data key="${keyId.get(`${scope}:${k}`)}">${xml(String(v))}</data>`)
      .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="linkchart" edgedefault="directed">',
    ...nodeAttrs.map((a) => `    <node id="${xml(String(a.id))}">${dataOf('node', a, ['id'])}</node>`),
    ...edgeAttrs.map(
      (a) =>
        `    <edge id="${xml(String(a.id))}" source="${xml(String(a.source))}" target="${xml(String(a.target))}">${dataOf('edge', a, ['id', 'source', 'target'])}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/**
 * One CSV cell (RFC 4180). Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * get a leading apostrophe: analysts open these files in Excel (OWASP, CSV injection).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(rows: Record<string, Scalar>[], first: string[]): string {
  const columns = [...first, ...[...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => !first.includes(c)).sort()];
  return [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function toNodesCsv(nodes: NodeData[]): string {
  return table(nodes.map(nodeAttributes), ['id', 'kind', 'label', 'riskScore', 'distance']);
}

export function toEdgesCsv(edges: EdgeData[]): string {
  return table(edges.map(edgeAttributes), ['id', 'source', 'target', 'kind', 'at']);
}
