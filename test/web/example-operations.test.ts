import { readdirSync } from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { readExampleIds } from '../../src/web/example-ids.js';
import { startTestApp } from '../support/app.js';
import { fillVariables, loadExampleOperations, OPERATIONS_DIR, type ExampleIds } from '../../src/web/example-operations.js';

const ids: ExampleIds = {
  casing: 'EV-1',
  lead: 'LD-1',
  scene: 'SC-1',
  trace: 'T-1',
  recovery: 'RC-1',
  firearm: 'FA-1',
  person: 'P-1',
  agency: 'NY0303000',
  dealer: '1-23-456-01-2B-01234',
  state: 'NY',
  serial: 'SN123',
  latitude: 40.7,
  longitude: -74,
};
const op = (text: string) => parse(text).definitions[0] as OperationDefinitionNode;

describe('example operations for GraphiQL', () => {
  it('fills variables by name, by the field an $id goes to, and node ids for link charts', () => {
    expect(fillVariables(op('query($evidenceId: String!) { casing(evidenceId: $evidenceId) { evidenceId } }'), ids)).toEqual({ evidenceId: 'EV-1' });
    expect(fillVariables(op('query($id: ID!) { firearm(id: $id) { id } }'), ids)).toEqual({ id: 'FA-1' });
    expect(fillVariables(op('query($id: ID!) { person(id: $id) { id } }'), ids)).toEqual({ id: 'P-1' });
    expect(fillVariables(op('query($seeds: [ID!]!, $depth: Int = 2) { linkChart(seeds: $seeds, depth: $depth) { truncated } }'), ids)).toEqual({
      seeds: ['Ffl:1-23-456-01-2B-01234'],
    });
    expect(fillVariables(op('query($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to) { hops } }'), ids)).toEqual({
      from: 'Person:P-1',
      to: 'Firearm:FA-1',
    });
    expect(
      fillVariables(
        op(
          'query($latitude: Latitude!, $longitude: Longitude!, $radiusKm: Float!) { scenes(filter: { near: { latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm } }) { totalCount } }',
        ),
        ids,
      ),
    ).toEqual({ latitude: 40.7, longitude: -74, radiusKm: 2 });
    expect(fillVariables(op('query($state: String!, $first: Int) { ffls(filter: { state: $state }, first: $first) { totalCount } }'), ids)).toEqual({
      state: 'NY',
    });
    // Nothing to fill from an empty database: the variables stay out.
    const none = Object.fromEntries(Object.keys(ids).map((k) => [k, null])) as unknown as ExampleIds;
    expect(fillVariables(op('query($license: String!) { ffl(license: $license) { license } }'), none)).toEqual({});
  });

  it('loads every file of schema/operations, pre-filled with ids of this database, and every one runs', async () => {
    const app = await startTestApp();
    try {
      const files = readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql'));
      const examples = loadExampleOperations(await readExampleIds(app.gateway, 60_000));
      expect(examples.map((e) => e.name).sort()).toEqual(files.map((f) => f.replace('.graphql', '')).sort());
      expect(examples.map((e) => e.name)).toEqual(expect.arrayContaining(['LinkChartAroundDealer', 'RiskiestDealersInState']));
      for (const example of examples) {
        const operation = parse(example.query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
        const required = (operation.variableDefinitions ?? [])
          .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
          .map((v) => v.variable.name.value);
        const variables = JSON.parse(example.variables) as Record<string, unknown>;
        for (const name of required) expect(Object.keys(variables), `${example.name} $${name}`).toContain(name);
        // Valid against the schema, and the pre-filled ids exist (no NOT_FOUND, no BAD_USER_INPUT).
        const res = await app.gql(example.query, variables, [Role.INVESTIGATOR]);
        expect(res.errors ?? [], example.name).toEqual([]);
      }
    } finally {
      await app.close();
    }
  }, 120_000);
});
