import type DataLoader from 'dataloader';
import { agencyByOri } from '../agency/agency.data.js';
import { casingByEvidenceId } from '../casing/casing.data.js';
import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import { fflByLicense } from '../ffl/ffl.data.js';
import { firearmById } from '../firearm/firearm.data.js';
import { leadById } from '../lead/lead.data.js';
import { ChartNodeKind } from '../linkchart/chart-node-kind.enum.js';
import { personById } from '../person/person.data.js';
import { sceneById } from '../scene/scene.data.js';
import type { RequestContext } from '../core/context.js';

type Row = Record<string, unknown>;
type LoaderOf = (ctx: RequestContext) => DataLoader<string, Row | null>;

const saleById = cypher('node/sale-by-id');
const recoveryById = cypher('node/recovery-by-id');
const traceById = cypher('node/trace-by-id');
const manufacturerByName = cypher('node/manufacturer-by-name');

/**
 * One loader per kind, the same loaders the kind's own query uses: `nodes(ids:)` sends one
 * statement per label however many ids it gets, and a node fetched both ways in one request is
 * read once.
 */
const LOADERS: Readonly<Record<ChartNodeKind, LoaderOf>> = {
  [ChartNodeKind.AGENCY]: agencyByOri as LoaderOf,
  [ChartNodeKind.SCENE]: sceneById as LoaderOf,
  [ChartNodeKind.CASING]: casingByEvidenceId as LoaderOf,
  [ChartNodeKind.FIREARM]: firearmById as LoaderOf,
  [ChartNodeKind.MANUFACTURER]: (ctx) => keyedLoader<Row | null>(ctx, 'node.manufacturer', manufacturerByName, null),
  [ChartNodeKind.FFL]: fflByLicense as LoaderOf,
  [ChartNodeKind.PERSON]: personById as LoaderOf,
  [ChartNodeKind.SALE]: (ctx) => keyedLoader<Row | null>(ctx, 'node.sale', saleById, null),
  [ChartNodeKind.RECOVERY]: (ctx) => keyedLoader<Row | null>(ctx, 'node.recovery', recoveryById, null),
  [ChartNodeKind.TRACE]: (ctx) => keyedLoader<Row | null>(ctx, 'node.trace', traceById, null),
  [ChartNodeKind.LEAD]: leadById as LoaderOf,
};

/** The object of that kind and key, tagged with its GraphQL type for the Node interface; null when there is none. */
export async function loadNode(ctx: RequestContext, kind: ChartNodeKind, key: string): Promise<Row | null> {
  const row = await LOADERS[kind](ctx).load(key);
  return row ? { ...row, __typename: kind } : null;
}
