import { ruled } from '../common/arg-rules.js';
import { fflLicenseProblem } from '../common/ffl-license.js';
import { oriProblem } from '../common/ori.js';
import { ChartNodeKind, KEY_PROPERTY, kindOfName } from './chart-node-kind.enum.js';

/**
 * Link-chart node ids name the kind and the natural key: `Casing:E-123`, `Ffl:1-23-456-01-2B-01234`,
 * `Person:P-9`. The same id always means the same node, across requests and exports, and a
 * client can start a chart from any key it already holds. Keys may contain ':' (only the first
 * one separates). The kind is case-insensitive and `Dealer` is accepted for `Ffl`.
 */
export interface NodeRef {
  kind: ChartNodeKind;
  key: string;
}

export function formatNodeId(kind: ChartNodeKind, key: string): string {
  return `${kind}:${key}`;
}

/** The kind and key an id names, or null when it is not `Kind:key` with a known kind and a key of 1 to 200 characters. */
export function readNodeId(id: string): NodeRef | null {
  const at = id.indexOf(':');
  const kind = at > 0 ? kindOfName(id.slice(0, at).trim()) : undefined;
  const key = at > 0 ? id.slice(at + 1).trim() : '';
  return kind && key && key.length <= 200 ? { kind, key } : null;
}

/** Keys whose format is known (ORI, FFL license number): a malformed one can name no node of that kind. */
const KEY_FORMATS: Partial<Record<ChartNodeKind, { problem: (key: string) => string | null; what: string }>> = {
  [ChartNodeKind.AGENCY]: { problem: oriProblem, what: 'an ORI' },
  [ChartNodeKind.FFL]: { problem: fflLicenseProblem, what: 'an FFL license number' },
};

/** What is wrong with `id` as a node id (with `keyFormats`, also a key that cannot be one of its kind), or null. */
export function nodeIdProblem(id: string, keyFormats = false): string | null {
  const ref = readNodeId(id);
  if (!ref) {
    const at = id.indexOf(':');
    if (at > 0 && kindOfName(id.slice(0, at).trim()) && id.slice(at + 1).trim().length > 200) return 'the key is longer than 200 characters';
    return `"${id.slice(0, 80)}" is not a node id; expected Kind:key with Kind one of ${Object.values(ChartNodeKind).join(', ')} (e.g. Casing:E-123)`;
  }
  const format = keyFormats ? KEY_FORMATS[ref.kind] : undefined;
  const problem = format?.problem(ref.key);
  return problem ? `"${ref.key}" is not ${format!.what}: ${problem}` : null;
}

/**
 * The rule of a node-id argument (seeds, nodeId, from, to, known, node ids of a saved chart).
 * `keyFormats` (node/nodes) also refuses a key that cannot be one of its kind.
 */
export const nodeIdRule = (opts: { keyFormats?: boolean } = {}) => ruled((id) => nodeIdProblem(id, opts.keyFormats));

/** The kind and key of an id that passed nodeIdRule (or that this service wrote); anything else is a defect, not bad input. */
export function parseNodeId(id: string): NodeRef {
  const ref = readNodeId(id);
  if (!ref) throw new Error(`not a node id: ${id.slice(0, 80)}`);
  return ref;
}

/** The node id of a row's node (labels and properties), or undefined for a node outside the model. */
export function nodeIdOf(kind: ChartNodeKind, props: Record<string, unknown>): string | undefined {
  const key = props[KEY_PROPERTY[kind]];
  return typeof key === 'string' || typeof key === 'number' ? formatNodeId(kind, String(key)) : undefined;
}
