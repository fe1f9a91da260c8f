import { guardPersonProperties } from '../auth/personal-data.js';
import { canSeePersonalData } from '../core/role.js';
import type { RequestContext } from '../core/context.js';
import { ChartNodeKind, KEY_PROPERTY, kindOfLabels } from './chart-node-kind.enum.js';
import type { ChartNode } from './link-chart.type.js';
import { formatNodeId } from './node-id.js';

/** A node as the link-chart statements return it. */
export interface NodeRow {
  eid: string;
  labels: string[];
  props: Record<string, unknown>;
}

const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : '');
const text = (...parts: unknown[]) =>
  parts
    .filter((p) => p !== null && p !== undefined && p !== '')
    .map(String)
    .join(' ')
    .trim();

/** Short captions an analyst can read on a chart. People: by id unless the caller may see names. */
function caption(kind: ChartNodeKind, key: string, p: Record<string, unknown>, showNames: boolean): string {
  switch (kind) {
    case ChartNodeKind.PERSON:
      return showNames && (p.lastName || p.firstName) ? text(p.lastName ? `${p.lastName},` : '', p.firstName) : `Person ${key}`;
    case ChartNodeKind.FFL:
      return text(p.name ?? key, p.state ? `(${p.state})` : '');
    case ChartNodeKind.AGENCY:
      return String(p.name ?? key);
    case ChartNodeKind.FIREARM:
      return text(p.make, p.model, p.caliber) || `Firearm ${key}`;
    case ChartNodeKind.CASING:
      return text(key, p.caliber);
    case ChartNodeKind.SCENE:
      return (
        text(
          String(p.kind ?? 'Scene')
            .replace(/_/g, ' ')
            .toLowerCase(),
          p.city,
          day(p.occurredAt),
        ) || `Scene ${key}`
      );
    case ChartNodeKind.SALE:
      return text('Sale', day(p.soldOn), p.multipleSale ? '(multiple)' : '');
    case ChartNodeKind.RECOVERY:
      return text('Recovery', day(p.recoveredOn), p.city, p.state);
    case ChartNodeKind.TRACE:
      return text('Trace', key, p.timeToCrimeDays !== null && p.timeToCrimeDays !== undefined ? `TTC ${p.timeToCrimeDays}d` : '');
    case ChartNodeKind.LEAD:
      return text('Lead', key, p.status ? String(p.status).toLowerCase() : '');
    case ChartNodeKind.MANUFACTURER:
      return String(p.name ?? key);
  }
}

/**
 * A chart node from a row, with personal data handled by the one rule for untyped property maps
 * (guardPersonProperties: masked for roles that may not see it, audited either way).
 * Returns undefined for a node outside the data model.
 */
export function toChartNode(ctx: RequestContext, row: NodeRow, distance: number): ChartNode | undefined {
  const kind = kindOfLabels(row.labels);
  if (!kind) return undefined;
  const rawKey = row.props[KEY_PROPERTY[kind]];
  if (rawKey === null || rawKey === undefined) return undefined;
  const key = String(rawKey);
  let properties = row.props;
  let showNames = false;
  if (kind === ChartNodeKind.PERSON) {
    properties = guardPersonProperties(ctx, key, row.props).properties;
    showNames = canSeePersonalData(ctx.user);
  }
  const risk = kind === ChartNodeKind.FFL ? row.props.riskScore : null;
  return {
    id: formatNodeId(kind, key),
    kind,
    label: caption(kind, key, properties, showNames),
    properties,
    riskScore: typeof risk === 'number' ? risk : null,
    distance,
  };
}
