import type { RequestContext } from '../core/context.js';
import { AppError, notFound } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { toChartNode, type NodeRow } from '../linkchart/chart-node.mapper.js';
import { parseNodeId } from '../linkchart/node-id.js';
import type { ChartEdge, ChartNode } from '../linkchart/link-chart.type.js';
import type { RelationshipKind } from '../linkchart/relationship-kind.enum.js';
import { changedFields, fingerprint, type Fingerprint } from './investigation.fingerprint.js';
import { logOpened, readSavedChart, readVersion, saveVersion, sourcesById, type LinkRow, type VersionWrite } from './investigation.data.js';
import {
  SavedNodeStatus,
  type Annotation,
  type ChartSettings,
  type Investigation,
  type InvestigationSnapshot,
  type InvestigationVersion,
  type SaveInvestigationInput,
  type SavedNode,
} from './investigation.type.js';

/** A node as stored in a version: id, position, note and fingerprint; never personal data. */
interface StoredNode {
  id: string;
  x: number;
  y: number;
  note: string | null;
  fp: Fingerprint;
}

/** Sources listed with a reopened chart (a report's sources list). */
const MAX_SOURCES = 500;

interface StoredAnnotations {
  annotations: Annotation[];
  settings: ChartSettings;
}

/** Trimmed text, null when blank (its length was checked where the input is declared). */
const text = (value: string | null | undefined): string | null => value?.trim() || null;
/** Positions are kept to a tenth of a chart unit (finite: SavedNodeInput's rule). */
const position = (v: number) => Math.round(v * 10) / 10;

/**
 * Turns a save request into what the data module stores. Its shape (name, note and text lengths,
 * 1 to 1000 nodes, each node once, coordinates, window order, basedOnVersion with id) is checked
 * where SaveInvestigationInput is declared; what stays here needs the graph (every node must exist).
 */
export function prepareSave(input: SaveInvestigationInput): VersionWrite {
  const name = text(input.name)!;
  const note = text(input.note);
  const annotations = input.annotations ?? [];
  const nodes = input.nodes.map((n) => {
    const ref = parseNodeId(n.id);
    return { ref, id: `${ref.kind}:${ref.key}`, x: position(n.x), y: position(n.y), note: text(n.note) };
  });
  const stored: StoredAnnotations = {
    annotations: annotations.map((a) => ({ text: text(a.text)!, x: position(a.x), y: position(a.y) })),
    settings: {
      collapseSales: input.collapseSales ?? false,
      windowFrom: input.windowFrom ? new Date(input.windowFrom).toISOString() : null,
      windowTo: input.windowTo ? new Date(input.windowTo).toISOString() : null,
    },
  };
  return {
    id: input.id ?? null,
    name,
    note,
    basedOnVersion: input.basedOnVersion ?? null,
    refs: nodes.map((n) => n.ref),
    nodeCount: nodes.length,
    annotationsJson: JSON.stringify(stored),
    nodesJson: (rows: Map<string, NodeRow>) =>
      JSON.stringify(
        nodes.map((n, i): StoredNode => {
          const row = rows.get(n.id);
          // A node must exist when it is saved: a typo would otherwise be kept as "removed since".
          if (!row) throw notFound(n.ref.kind, `input.nodes[${i}].id`, n.id);
          return { id: n.id, x: n.x, y: n.y, note: n.note, fp: fingerprint(row.props, row.labels.includes('Person')) };
        }),
      ),
  };
}

export async function saveInvestigation(ctx: RequestContext, input: SaveInvestigationInput): Promise<InvestigationVersion> {
  const write = prepareSave(input);
  const outcome = await saveVersion(ctx, write);
  if ('notFound' in outcome) throw notFound('investigation of yours', 'input.id', write.id ?? '');
  if ('conflict' in outcome)
    throw new AppError(
      ErrorCode.CONFLICT,
      `input.basedOnVersion: version ${outcome.conflict} was saved after version ${write.basedOnVersion}; open it, then save again`,
      { field: 'input.basedOnVersion' },
    );
  ctx.audit.wrote = true;
  return outcome.version;
}

/** Compares saved nodes with the graph now. Pure, so it is unit-tested. */
export function compareNodes(saved: StoredNode[], now: Map<string, Fingerprint>): SavedNode[] {
  return saved.map((n) => {
    const current = now.get(n.id);
    if (!current) return { id: n.id, x: n.x, y: n.y, note: n.note, status: SavedNodeStatus.REMOVED, changedFields: [] };
    const changed = changedFields(n.fp, current);
    return { id: n.id, x: n.x, y: n.y, note: n.note, status: changed.length ? SavedNodeStatus.CHANGED : SavedNodeStatus.UNCHANGED, changedFields: changed };
  });
}

export function warningsOf(nodes: SavedNode[], savedAt: string): string[] {
  const day = savedAt.slice(0, 10);
  const list = (status: SavedNodeStatus) =>
    nodes
      .filter((n) => n.status === status)
      .slice(0, 10)
      .map((n) => n.id)
      .join(', ');
  const count = (status: SavedNodeStatus) => nodes.filter((n) => n.status === status).length;
  const out: string[] = [];
  const changed = count(SavedNodeStatus.CHANGED);
  const removed = count(SavedNodeStatus.REMOVED);
  if (changed) out.push(`${changed} node(s) changed since this version was saved on ${day}: ${list(SavedNodeStatus.CHANGED)}${changed > 10 ? ', …' : ''}`);
  if (removed) out.push(`${removed} node(s) no longer exist and are not drawn: ${list(SavedNodeStatus.REMOVED)}${removed > 10 ? ', …' : ''}`);
  return out;
}

function edgesOf(links: LinkRow[], idOfEid: Map<string, string>): ChartEdge[] {
  const out = new Map<string, ChartEdge>();
  for (const l of links) {
    const source = idOfEid.get(l.src);
    const target = idOfEid.get(l.dst);
    if (!source || !target) continue;
    const id = `${source}|${l.type}|${target}`;
    if (!out.has(id))
      out.set(id, {
        id,
        source,
        target,
        kind: l.type as RelationshipKind,
        properties: l.rprops ?? {},
        at: l.atMs === null ? null : new Date(l.atMs).toISOString(),
      });
  }
  return [...out.values()];
}

/**
 * Reopens a version for the caller: the saved layout and notes, and the chart re-read now through
 * the link-chart mapping (personal data masked by the caller's own role and audited), with a
 * status per node. The open is logged on the investigation.
 */
export async function openSnapshot(ctx: RequestContext, investigation: Investigation, number: number | null): Promise<InvestigationSnapshot> {
  const n = number ?? investigation.latestVersion;
  const stored = await readVersion(ctx, investigation.id, n);
  if (!stored) throw notFound('version', 'version', String(n));
  const saved = JSON.parse(stored.nodes) as StoredNode[];
  const extra = JSON.parse(stored.annotations) as StoredAnnotations;
  const { rows, links } = await readSavedChart(
    ctx,
    saved.map((s) => parseNodeId(s.id)),
  );
  const nodes = compareNodes(saved, new Map([...rows].map(([id, row]) => [id, fingerprint(row.props, row.labels.includes('Person'))])));
  const chartNodes: ChartNode[] = [];
  const idOfEid = new Map<string, string>();
  for (const [id, row] of rows) {
    const node = toChartNode(ctx, row, 0);
    if (!node) continue;
    chartNodes.push(node);
    idOfEid.set(row.eid, id);
  }
  const edges = edgesOf(links, idOfEid);
  const sourceIds = new Set<string>();
  for (const p of [...chartNodes.map((c) => c.properties), ...edges.map((e) => e.properties)])
    for (const sid of (p.sourceIds as string[] | undefined) ?? []) sourceIds.add(sid);
  const sources = await sourcesById(ctx, [...sourceIds], MAX_SOURCES);
  await logOpened(ctx, investigation.id, n);
  const { nodes: _json, annotations: _a, ...version } = stored;
  return {
    investigation,
    version: { ...version, investigationId: investigation.id },
    nodes,
    annotations: extra.annotations,
    settings: extra.settings,
    chart: {
      nodes: chartNodes,
      edges,
      truncated: false,
      omitted: { nodes: 0, edges: 0, byKind: [], cutAt: [], stoppedAtDepth: null },
    },
    changed: nodes.filter((s) => s.status === SavedNodeStatus.CHANGED).length,
    removed: nodes.filter((s) => s.status === SavedNodeStatus.REMOVED).length,
    warnings: warningsOf(nodes, stored.savedAt),
    sources,
  };
}
