import { registerEnumType } from 'type-graphql';

/** The kinds of node a link chart draws: every label of the data model (docs/data-model.md). */
export enum ChartNodeKind {
  AGENCY = 'Agency',
  SCENE = 'Scene',
  CASING = 'Casing',
  FIREARM = 'Firearm',
  MANUFACTURER = 'Manufacturer',
  FFL = 'Ffl',
  PERSON = 'Person',
  SALE = 'Sale',
  RECOVERY = 'Recovery',
  TRACE = 'Trace',
  LEAD = 'Lead',
}

registerEnumType(ChartNodeKind, {
  name: 'ChartNodeKind',
  description: 'Kind of a link-chart node; the value is the graph label, which also prefixes the node id (`Casing:E-123`).',
  valuesConfig: {
    AGENCY: { description: 'A police agency (key: ORI).' },
    SCENE: { description: 'A crime scene / incident (key: incident id).' },
    CASING: { description: 'A fired cartridge casing (key: evidence id).' },
    FIREARM: { description: 'A firearm (key: firearm id).' },
    MANUFACTURER: { description: 'A manufacturer or importer (key: name).' },
    FFL: { description: 'A licensed dealer, FFL (key: license number).' },
    PERSON: { description: 'A person: purchaser, possessor or associate (key: person id). Names are personal data.' },
    SALE: { description: 'A retail sale (key: sale id).' },
    RECOVERY: { description: 'A recovery of a firearm by police (key: recovery id).' },
    TRACE: { description: 'An ATF trace request (key: trace id).' },
    LEAD: { description: 'A NIBIN correlation lead between two casings (key: lead id).' },
  },
});

/** Each kind's natural-key property (the unique constraints of cypher/migrations/002-012). */
export const KEY_PROPERTY: Readonly<Record<ChartNodeKind, string>> = {
  [ChartNodeKind.AGENCY]: 'ori',
  [ChartNodeKind.SCENE]: 'id',
  [ChartNodeKind.CASING]: 'evidenceId',
  [ChartNodeKind.FIREARM]: 'id',
  [ChartNodeKind.MANUFACTURER]: 'name',
  [ChartNodeKind.FFL]: 'license',
  [ChartNodeKind.PERSON]: 'id',
  [ChartNodeKind.SALE]: 'id',
  [ChartNodeKind.RECOVERY]: 'id',
  [ChartNodeKind.TRACE]: 'id',
  [ChartNodeKind.LEAD]: 'id',
};

const BY_LABEL = new Map<string, ChartNodeKind>(Object.values(ChartNodeKind).map((k) => [k as string, k]));

/** Aliases accepted in node ids, so `Dealer:1-23-...` works as well as `Ffl:1-23-...` (case-insensitive). */
const ALIASES = new Map<string, ChartNodeKind>([
  ...Object.values(ChartNodeKind).map((k) => [k.toLowerCase(), k] as [string, ChartNodeKind]),
  ['dealer', ChartNodeKind.FFL],
  ['gun', ChartNodeKind.FIREARM],
  ['incident', ChartNodeKind.SCENE],
]);

export function kindOfLabel(label: string): ChartNodeKind | undefined {
  return BY_LABEL.get(label);
}

export function kindOfName(name: string): ChartNodeKind | undefined {
  return ALIASES.get(name.toLowerCase());
}

/** The node's kind from its labels (a node carries one label of the model). */
export function kindOfLabels(labels: readonly string[]): ChartNodeKind | undefined {
  for (const label of labels) {
    const kind = BY_LABEL.get(label);
    if (kind) return kind;
  }
  return undefined;
}
