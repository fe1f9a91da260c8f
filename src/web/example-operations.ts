import { Kind, parse, type OperationDefinitionNode, type TypeNode, type ValueNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExampleOperation } from '../../web/shared/page-config.js';

export const OPERATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/operations');

/** Ids that exist in the current database (cypher/linkchart/example-ids.cypher); null when absent. */
export interface ExampleIds {
  casing: string | null;
  lead: string | null;
  scene: string | null;
  trace: string | null;
  recovery: string | null;
  firearm: string | null;
  person: string | null;
  agency: string | null;
  dealer: string | null;
  state: string | null;
  serial: string | null;
  latitude: number | null;
  longitude: number | null;
}

const KIND_PREFIX: Record<keyof ExampleIds, string | null> = {
  casing: 'Casing',
  lead: 'Lead',
  scene: 'Scene',
  trace: 'Trace',
  recovery: 'Recovery',
  firearm: 'Firearm',
  person: 'Person',
  agency: 'Agency',
  dealer: 'Ffl',
  state: null,
  serial: null,
  latitude: null,
  longitude: null,
};

/** Variable names the example files use, to the id that fills them. */
const BY_NAME: Record<string, keyof ExampleIds> = {
  evidenceid: 'casing',
  casingid: 'casing',
  leadid: 'lead',
  sceneid: 'scene',
  incidentid: 'scene',
  traceid: 'trace',
  recoveryid: 'recovery',
  firearmid: 'firearm',
  gunid: 'firearm',
  personid: 'person',
  purchaserid: 'person',
  ori: 'agency',
  agencyori: 'agency',
  license: 'dealer',
  dealerlicense: 'dealer',
  ffllicense: 'dealer',
  state: 'state',
  dealerstate: 'state',
  serial: 'serial',
  // A search box's text: a serial of this database (the search finds it).
  text: 'serial',
  latitude: 'latitude',
  longitude: 'longitude',
};

/** Node ids for the link-chart operations' `from`/`to` (shortestPaths): a purchaser to a traced gun. */
const PATH_ENDS: Record<string, keyof ExampleIds> = { from: 'person', to: 'firearm' };

/** `$id` takes its kind from the field it is passed to: `firearm(id: $id)` wants a firearm id. */
const BY_FIELD: Record<string, keyof ExampleIds> = {
  casing: 'casing',
  lead: 'lead',
  scene: 'scene',
  trace: 'trace',
  recovery: 'recovery',
  firearm: 'firearm',
  person: 'person',
  agency: 'agency',
  ffl: 'dealer',
  dealer: 'dealer',
};

function fieldUsing(operation: OperationDefinitionNode, variable: string): string | undefined {
  let found: string | undefined;
  const visitValue = (v: ValueNode): boolean =>
    (v.kind === Kind.VARIABLE && v.name.value === variable) ||
    (v.kind === Kind.LIST && v.values.some(visitValue)) ||
    (v.kind === Kind.OBJECT && v.fields.some((f) => visitValue(f.value)));
  const walk = (selections: readonly { kind: string }[]) => {
    for (const s of selections) {
      if (found || s.kind !== Kind.FIELD) continue;
      const field = s as unknown as { name: { value: string }; arguments?: { value: ValueNode }[]; selectionSet?: { selections: { kind: string }[] } };
      if (field.arguments?.some((a) => visitValue(a.value))) found = field.name.value;
      else if (field.selectionSet) walk(field.selectionSet.selections);
    }
  };
  walk(operation.selectionSet.selections);
  return found;
}

const isList = (t: TypeNode): boolean => (t.kind === Kind.NON_NULL_TYPE ? isList(t.type) : t.kind === Kind.LIST_TYPE);

/** Fills what it can: a variable it cannot name a value for stays out (GraphiQL then says so). */
export function fillVariables(operation: OperationDefinitionNode, ids: ExampleIds): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const nodeId = (key: keyof ExampleIds) => (ids[key] ? `${KIND_PREFIX[key]}:${ids[key]}` : null);
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    const lower = name.toLowerCase();
    if (lower === 'seeds' || lower === 'nodeid') {
      const id = nodeId('dealer') ?? nodeId('firearm');
      if (id) out[name] = lower === 'seeds' ? [id] : id;
      continue;
    }
    // node(id:) takes a global id (Relay): a dealer's, the object a dealer-risk screen refetches.
    if (lower === 'id' && fieldUsing(operation, name) === 'node') {
      const id = nodeId('dealer') ?? nodeId('person');
      if (id) out[name] = id;
      continue;
    }
    if (PATH_ENDS[lower] && fieldUsing(operation, name) === 'shortestPaths') {
      const id = nodeId(PATH_ENDS[lower]!);
      if (id) out[name] = id;
      continue;
    }
    let key: keyof ExampleIds | undefined = BY_NAME[lower];
    if (!key && (lower === 'id' || lower === 'key')) key = BY_FIELD[fieldUsing(operation, name) ?? ''];
    const value = key ? ids[key] : lower === 'radiuskm' ? 2 : null;
    if (value === null || value === undefined) continue;
    out[name] = isList(def.type) ? [value] : value;
  }
  return out;
}

function titleOf(name: string): string {
  const spaced = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

/**
 * The example operations of schema/operations (read on every page render, so a new file shows
 * up without a restart), in file-name order, with variables for this database. The leading
 * `#` comment lines of a file are its description.
 */
export function loadExampleOperations(ids: ExampleIds, dir = OPERATIONS_DIR): ExampleOperation[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .sort();
  } catch {
    return [];
  }
  const examples: ExampleOperation[] = [];
  for (const file of files) {
    const query = readFileSync(path.join(dir, file), 'utf8').trim() + '\n';
    let operation: OperationDefinitionNode | undefined;
    try {
      operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    } catch {
      continue; // Not valid GraphQL: the schema test of schema/operations reports it; the page skips it.
    }
    if (!operation) continue;
    const description = query
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .map((l) => l.replace(/^#\s?/, ''))
      .join(' ')
      .trim();
    const name = file.replace(/\.graphql$/, '');
    examples.push({
      name,
      title: titleOf(operation.name?.value ?? name),
      description,
      query,
      variables: JSON.stringify(fillVariables(operation, ids), null, 2),
    });
  }
  return examples;
}
