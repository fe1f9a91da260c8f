import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { listRule, textRule, timeWindow } from '../common/arg-rules.js';
import { DateTimeScalar } from '../common/scalars.js';
import { ValidatedBy } from '../common/validate-args.js';
import { LinkChart } from '../linkchart/link-chart.type.js';
import { nodeIdRule, readNodeId } from '../linkchart/node-id.js';
import { INVESTIGATION_LIMITS as L } from './investigation.limits.js';
import { Connection } from '../pagination/connection.type.js';
import { RecordSource } from '../provenance/provenance.type.js';

export enum SavedNodeStatus {
  UNCHANGED = 'UNCHANGED',
  CHANGED = 'CHANGED',
  REMOVED = 'REMOVED',
}
registerEnumType(SavedNodeStatus, {
  name: 'SavedNodeStatus',
  description: 'How a node of a saved investigation compares with the graph now.',
  valuesConfig: {
    UNCHANGED: { description: 'As it was when the version was saved.' },
    CHANGED: { description: 'Its record changed since (changedFields says which properties; `valueSourceId` when personal details came from a newer source).' },
    REMOVED: { description: 'No longer in the graph: kept in the saved chart, not drawn.' },
  },
});

export enum InvestigationAction {
  SAVED = 'SAVED',
  SHARED = 'SHARED',
  UNSHARED = 'UNSHARED',
  OPENED = 'OPENED',
}
registerEnumType(InvestigationAction, { name: 'InvestigationAction', description: 'What happened to an investigation (its activity log).' });

/** Chart coordinates as the chart page draws them: finite, and within a range any screen can show. */
const coordinate = () => z.number().refine((v) => Number.isFinite(v) && Math.abs(v) <= 1e7, { error: 'must be a finite coordinate' });

/** The same node listed twice (kind names are case-insensitive, so `casing:E-1` and `Casing:E-1` are one node). */
function eachNodeOnce(input: Record<string, unknown>, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  (input.nodes as Array<{ id: string }>).forEach((n, i) => {
    const ref = readNodeId(n.id);
    if (!ref) return;
    const id = `${ref.kind}:${ref.key}`;
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `${id} is listed twice` });
    seen.add(id);
  });
}

@InputType({ description: 'A node of the chart as the analyst left it: its id, where it was drawn, and an optional note.' })
@ValidatedBy(z.looseObject({ id: nodeIdRule(), x: coordinate(), y: coordinate(), note: textRule(L.maxNote).nullish() }))
export class SavedNodeInput {
  @Field(() => ID, { description: 'Node id (Kind:key), as link charts use.' })
  id!: string;

  @Field(() => Float, { description: 'Drawn position, x.' })
  x!: number;

  @Field(() => Float, { description: 'Drawn position, y.' })
  y!: number;

  @Field(() => String, { nullable: true, description: "The analyst's note on this node (shown to everyone the investigation is shared with)." })
  note?: string | null;
}

@InputType({ description: 'A free text annotation placed on the chart.' })
@ValidatedBy(z.looseObject({ text: textRule(L.maxAnnotationText, 1), x: coordinate(), y: coordinate() }))
export class AnnotationInput {
  @Field(() => String, { description: 'The text.' })
  text!: string;

  @Field(() => Float, { description: 'Position, x (chart coordinates).' })
  x!: number;

  @Field(() => Float, { description: 'Position, y.' })
  y!: number;
}

@InputType({ description: 'A version of an investigation to save. Without `id`, a new investigation is created (version 1).' })
@ValidatedBy(
  z
    .looseObject({
      name: textRule(L.maxName, 1),
      note: textRule(L.maxNote).nullish(),
      nodes: listRule(z.unknown(), { min: 1, max: L.maxNodes, what: 'nodes', tooFew: 'save at least one node' }),
      annotations: listRule(z.unknown(), { max: L.maxAnnotations, what: 'annotations' }).nullish(),
    })
    .superRefine(eachNodeOnce)
    .superRefine(timeWindow({ from: 'windowFrom', to: 'windowTo' }))
    .superRefine((v, ctx) => {
      if (v.basedOnVersion != null && !v.id) ctx.addIssue({ code: 'custom', path: ['basedOnVersion'], message: 'needs id' });
    }),
)
export class SaveInvestigationInput {
  @Field(() => ID, { nullable: true, description: 'The investigation to add a version to (yours); omit to create one.' })
  id?: string | null;

  @Field(() => String, { description: 'Name (1 to 120 characters).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What changed in this version, or the case summary.' })
  note?: string | null;

  @Field(() => [SavedNodeInput], {
    description: 'The nodes of the chart (1 to 1000), with positions and notes. Links are re-read from the graph when reopened.',
  })
  nodes!: SavedNodeInput[];

  @Field(() => [AnnotationInput], { nullable: true, description: 'Text annotations on the chart (at most 200).' })
  annotations?: AnnotationInput[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version this one was edited from: when a newer version was saved in between, the save is refused (CONFLICT) instead of hiding it.',
  })
  basedOnVersion?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Chart setting: sales drawn as purchaser → dealer links.' })
  collapseSales?: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Chart setting: start of the timeline window.' })
  windowFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Chart setting: end of the timeline window.' })
  windowTo?: Date | null;
}

@ObjectType({ description: 'Who an investigation is shared with.' })
export class InvestigationShare {
  @Field(() => String, { description: '`user:<subject>` or `agency:<ORI>`.' })
  grantee!: string;

  @Field(() => String, { description: 'OWNER or VIEWER.' })
  role!: string;

  @Field(() => DateTimeScalar, { description: 'When it was shared.' })
  grantedAt!: string;

  @Field(() => String, { description: 'Who shared it.' })
  grantedBy!: string;
}

@ObjectType({ description: 'One saved version of an investigation (every save is a new version; none is ever overwritten).' })
export class InvestigationVersion {
  @Field(() => ID, { description: 'The investigation.' })
  investigationId!: string;

  @Field(() => Int, { description: 'Version number, from 1.' })
  number!: number;

  @Field(() => String, { description: 'Name when saved.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Note of this version.' })
  note!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was saved.' })
  savedAt!: string;

  @Field(() => String, { description: 'Who saved it (token subject).' })
  savedBy!: string;

  @Field(() => Int, { description: 'Nodes on the saved chart.' })
  nodeCount!: number;
}
export const InvestigationVersionConnection = Connection(InvestigationVersion, 'InvestigationVersion', 'investigation version');

@ObjectType({ description: 'One entry of an investigation’s activity log; the audit trail has the same request (requestId).' })
export class InvestigationActivity {
  @Field(() => InvestigationAction, { description: 'What happened.' })
  action!: InvestigationAction;

  @Field(() => Int, { nullable: true, description: 'The version saved or opened.' })
  version!: number | null;

  @Field(() => String, { description: 'Who (token subject).' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'Their agency (ORI).' })
  agencyOri!: string | null;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: string;

  @Field(() => String, { description: 'X-Request-Id of the request (its audit record).' })
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'Shares added or withdrawn.' })
  detail!: string | null;
}
export const InvestigationActivityConnection = Connection(InvestigationActivity, 'InvestigationActivity', 'investigation activity', 'investigation activities');

@ObjectType({ description: 'A saved investigation: a link chart kept under a name, versioned, shareable.' })
export class Investigation {
  @Field(() => ID, { description: 'Investigation id.' })
  id!: string;

  @Field(() => String, { description: 'Name (of the latest version).' })
  name!: string;

  @Field(() => String, { description: 'Owner (token subject); only the owner saves versions and shares.' })
  ownerSubject!: string;

  @Field(() => String, { nullable: true, description: "Owner's agency (ORI)." })
  ownerAgencyOri!: string | null;

  @Field(() => Int, { description: 'Number of the latest version.' })
  latestVersion!: number;

  @Field(() => DateTimeScalar, { description: 'Created.' })
  createdAt!: string;

  @Field(() => DateTimeScalar, { description: 'Last saved.' })
  updatedAt!: string;
}
export const InvestigationConnection = Connection(Investigation, 'Investigation', 'investigation');

@ObjectType({ description: 'A node of a saved version and how it compares with the graph now.' })
export class SavedNode {
  @Field(() => ID, { description: 'Node id (Kind:key).' })
  id!: string;

  @Field(() => Float, { description: 'Saved position, x.' })
  x!: number;

  @Field(() => Float, { description: 'Saved position, y.' })
  y!: number;

  @Field(() => String, { nullable: true, description: "The analyst's note." })
  note!: string | null;

  @Field(() => SavedNodeStatus, { description: 'Unchanged, changed or removed since the save.' })
  status!: SavedNodeStatus;

  @Field(() => [String], { description: 'Properties that changed since the save (personal details show as `valueSourceId`).' })
  changedFields!: string[];
}

@ObjectType({ description: 'A text annotation on a saved chart.' })
export class Annotation {
  @Field(() => String, { description: 'The text.' })
  text!: string;

  @Field(() => Float, { description: 'Position, x.' })
  x!: number;

  @Field(() => Float, { description: 'Position, y.' })
  y!: number;
}

@ObjectType({ description: 'Chart settings saved with a version.' })
export class ChartSettings {
  @Field(() => Boolean, { description: 'Sales drawn as purchaser → dealer links.' })
  collapseSales!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Timeline window start.' })
  windowFrom!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Timeline window end.' })
  windowTo!: string | null;
}

@ObjectType({
  description:
    "A version reopened: the saved layout, notes and annotations, and the chart re-read from the graph now with the viewer's own access (personal data masked by the viewer's role).",
})
export class InvestigationSnapshot {
  @Field(() => Investigation, { description: 'The investigation.' })
  investigation!: Investigation;

  @Field(() => InvestigationVersion, { description: 'The version opened.' })
  version!: InvestigationVersion;

  @Field(() => [SavedNode], { description: 'Every saved node, with its status now.' })
  nodes!: SavedNode[];

  @Field(() => [Annotation], { description: 'Annotations.' })
  annotations!: Annotation[];

  @Field(() => ChartSettings, { description: 'Saved chart settings.' })
  settings!: ChartSettings;

  @Field(() => LinkChart, { description: 'The saved nodes that still exist and the links between them, as the graph holds them now.' })
  chart!: LinkChart;

  @Field(() => Int, { description: 'Nodes changed since the save.' })
  changed!: number;

  @Field(() => Int, { description: 'Nodes removed since the save.' })
  removed!: number;

  @Field(() => [String], { description: 'Plain-language warnings to show before the chart (changed or removed nodes).' })
  warnings!: string[];

  @Field(() => [RecordSource], {
    description:
      "Provenance: the write runs (imports, importRecords calls, seed loads) named in the `sourceIds` of the chart's nodes and links, newest first, at most 500. Each node's and link's own `properties.sourceIds` says which of them told us about it.",
  })
  sources!: RecordSource[];
}
