import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import type { Gateway } from '../../src/db/gateway.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { testStatement } from './support.js';

/**
 * Cypher-injection strings in every String/ID (and other string-typed scalar) argument of
 * every Query field, including those inside input objects, are treated as data: the graph
 * is unchanged and no answer is INTERNAL_SERVER_ERROR (an unexpected Cypher error would be).
 */
const INJECTIONS = [
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 //",
  "x') WITH 1 AS x MATCH (n) SET n.pwned = true //",
  '`) CALL dbms.killQueries([]) //',
  '\\u0027}) RETURN 1 UNION MATCH (n) RETURN n //',
  '$limit',
];

const countGraph = testStatement('count-graph');
const STRINGY = new Set(['String', 'ID', 'NonEmptyString']);

/** The schema as introspection shows it to a client (what an attacker would use). */
interface TypeRef {
  kind: 'NON_NULL' | 'LIST' | 'SCALAR' | 'ENUM' | 'INPUT_OBJECT' | 'OBJECT' | 'INTERFACE' | 'UNION';
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface FullType {
  name: string;
  kind: string;
  fields: Array<{ name: string; args: InputValue[]; type: TypeRef }> | null;
  inputFields: InputValue[] | null;
  enumValues: Array<{ name: string }> | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECT = `{ __schema { queryType { name } types { name kind enumValues { name }
  fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } }
  inputFields { name type { ${TYPE_REF} } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const printType = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${printType(t.ofType!)}!` : t.kind === 'LIST' ? `[${printType(t.ofType!)}]` : t.name!);
const isList = (t: TypeRef) => (t.kind === 'NON_NULL' ? t.ofType!.kind === 'LIST' : t.kind === 'LIST');

/** A harmless value for arguments that are not the target (undefined for optional ones). */
function filler(t: TypeRef, types: Map<string, FullType>): unknown {
  if (t.kind !== 'NON_NULL') return undefined;
  const inner = t.ofType!;
  if (inner.kind === 'LIST') return [];
  if (inner.kind === 'ENUM') return types.get(inner.name!)!.enumValues![0]!.name;
  if (inner.kind === 'INPUT_OBJECT') return {};
  return (
    ({ Int: 1, Float: 1, Boolean: false, DateTime: '2020-01-01T00:00:00Z', LocalDate: '2020-01-01', Latitude: 40, Longitude: -74 } as Record<string, unknown>)[
      inner.name!
    ] ?? 'x'
  );
}

/** Argument values with the injection at `target` (an argument, or an argument's input field). */
function argsWith(args: InputValue[], target: string[], injection: string, types: Map<string, FullType>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of args) {
    if (target[0] === arg.name && target.length === 1) out[arg.name] = isList(arg.type) ? [injection] : injection;
    else if (target[0] === arg.name) out[arg.name] = isList(arg.type) ? [{ [target[1]!]: injection }] : { [target[1]!]: injection };
    else {
      const v = filler(arg.type, types);
      if (v !== undefined) out[arg.name] = v;
    }
  }
  return out;
}

let app: TestApp;
let db: Gateway;
beforeAll(async () => {
  app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
  db = testGateway();
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('Cypher injection', () => {
  it('treats injection strings in every string argument of every query as data', async () => {
    // Introspection built from a type-reference fragment, then hostile values in every argument:
    // untyped on purpose (the documents are generated from the live schema).
    const intro = await app.gqlRaw(INTROSPECT, {}, [Role.SUPERVISOR]);
    expect(intro.errors).toBeUndefined();
    const schema = intro.data!.__schema as { queryType: { name: string }; types: FullType[] };
    const types = new Map(schema.types.map((t) => [t.name, t]));
    const query = types.get(schema.queryType.name)!;
    const calls: Array<{ field: string; path: string[]; document: string; args: InputValue[] }> = [];
    for (const field of query.fields!) {
      const varDefs = field.args.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
      const argUse = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const returned = named(field.type);
      const select = returned.kind === 'SCALAR' || returned.kind === 'ENUM' ? '' : '{ __typename }';
      const document = `query Inject${varDefs ? `(${varDefs})` : ''} { ${field.name}${argUse ? `(${argUse})` : ''} ${select} }`;
      for (const arg of field.args) {
        const t = named(arg.type);
        if (t.kind === 'SCALAR' && STRINGY.has(t.name!)) calls.push({ field: field.name, path: [arg.name], document, args: field.args });
        if (t.kind === 'INPUT_OBJECT') {
          for (const inner of types.get(t.name!)!.inputFields!) {
            const it = named(inner.type);
            if (it.kind === 'SCALAR' && STRINGY.has(it.name!)) calls.push({ field: field.name, path: [arg.name, inner.name], document, args: field.args });
          }
        }
      }
    }
    // Every string entry point of today's schema is exercised (the list grows with the API).
    expect(calls.length).toBeGreaterThanOrEqual(10);

    const [before] = await db.read<{ nodes: number; relationships: number }>(countGraph);
    const statementsBefore = app.gateway.statements;
    const failures: string[] = [];
    for (const call of calls) {
      for (const injection of INJECTIONS) {
        const res = await app.gqlRaw(call.document, argsWith(call.args, call.path, injection, types), [Role.SUPERVISOR]);
        const codes = (res.errors ?? []).map((e) => String(e.extensions?.code));
        if (codes.includes('INTERNAL_SERVER_ERROR') || res.status >= 500)
          failures.push(`${call.field}(${call.path.join('.')}) <- ${injection}: ${res.status} ${codes.join(',')}`);
      }
    }
    const [after] = await db.read<{ nodes: number; relationships: number }>(countGraph);
    expect(failures).toEqual([]);
    // The strings did reach the database as parameters (not all were refused up front).
    expect(app.gateway.statements - statementsBefore).toBeGreaterThan(calls.length);
    expect(after).toEqual(before);
    expect(before!.nodes).toBeGreaterThan(0);
  });
});
