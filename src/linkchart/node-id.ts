import { badInput } from '../errors/app-error.js';
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

export function parseNodeId(id: string, field: string): NodeRef {
  const at = id.indexOf(':');
  const kind = at > 0 ? kindOfName(id.slice(0, at).trim()) : undefined;
  const key = at > 0 ? id.slice(at + 1).trim() : '';
  if (!kind || !key) {
    throw badInput(
      field,
      `"${id.slice(0, 80)}" is not a node id; expected Kind:key with Kind one of ${Object.values(ChartNodeKind).join(', ')} (e.g. Casing:E-123)`,
    );
  }
  if (key.length > 200) throw badInput(field, 'the key is longer than 200 characters');
  return { kind, key };
}

/** The node id of a row's node (labels and properties), or undefined for a node outside the model. */
export function nodeIdOf(kind: ChartNodeKind, props: Record<string, unknown>): string | undefined {
  const key = props[KEY_PROPERTY[kind]];
  return typeof key === 'string' || typeof key === 'number' ? formatNodeId(kind, String(key)) : undefined;
}
