import { readFileSync } from 'node:fs';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql, type FetchResult } from '@apollo/client/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '../../src/core/role.js';
import { loadExampleOperations } from '../../src/web/example-operations.js';
import { readExampleIds } from '../../src/web/example-ids.js';
import type { TestApp } from '../support/app.js';
import { startProductionApp } from './production-app.js';

const { possibleTypes } = JSON.parse(readFileSync('schema/possible-types.json', 'utf8')) as { possibleTypes: Record<string, string[]> };
const typePolicies = JSON.parse(readFileSync('schema/apollo-type-policies.json', 'utf8')) as Record<string, object>;

let app: TestApp;
beforeAll(async () => {
  // Production mode: every document Apollo Client sends must also be a registered one.
  app = await startProductionApp();
});
afterAll(async () => {
  await app.close();
});

describe('Apollo Client 3 InMemoryCache keeps every answer of every example operation', () => {
  it('each operation of schema/operations/, read back from the cache after all of them ran, equals its network answer', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const token = await app.token([Role.INVESTIGATOR]);
    // What the network answered, before the cache touched it.
    const network = new Map<string, FetchResult>();
    const capture = new ApolloLink((operation, forward) =>
      forward(operation).map((result) => {
        network.set(operation.operationName, structuredClone(result));
        return result;
      }),
    );
    const cache = new InMemoryCache({ possibleTypes, typePolicies });
    const client = new ApolloClient({
      cache,
      link: capture.concat(new HttpLink({ uri: app.url, headers: { authorization: `Bearer ${token}` }, fetch })),
    });
    const operations = loadExampleOperations(await readExampleIds(app.gateway, 60_000));
    expect(operations.length).toBeGreaterThanOrEqual(11);
    try {
      for (const op of operations) {
        const result = await client.query({
          query: gql(op.query),
          variables: JSON.parse(op.variables) as Record<string, unknown>,
          fetchPolicy: 'network-only',
        });
        expect(result.errors, op.name).toBeUndefined();
        expect(network.get(op.name)?.errors, op.name).toBeUndefined();
        expect(network.get(op.name)?.data, op.name).toBeTruthy();
      }
      // Read back only after every operation wrote: a later answer must not have replaced
      // (lost) anything an earlier one put in the cache.
      for (const op of operations) {
        const diff = cache.diff({
          query: gql(op.query),
          variables: JSON.parse(op.variables) as Record<string, unknown>,
          returnPartialData: true,
          optimistic: false,
        });
        expect(diff.missing, `${op.name}: fields missing from the cache`).toBeUndefined();
        expect(diff.complete, op.name).toBe(true);
        expect(diff.result, op.name).toEqual(network.get(op.name)!.data);
      }
      expect(warn.mock.calls, 'Apollo Client warnings (e.g. "Cache data may be lost")').toEqual([]);
      expect(error.mock.calls).toEqual([]);
    } finally {
      warn.mockRestore();
      error.mockRestore();
      await client.clearStore();
    }
  });

  it('the Node interface is in possibleTypes, so fragments on Node and on each kind match', () => {
    expect(possibleTypes.Node).toEqual(
      expect.arrayContaining(['Agency', 'Casing', 'Ffl', 'Firearm', 'Person', 'Scene', 'Sale', 'Recovery', 'Trace', 'Lead', 'Manufacturer']),
    );
  });
});
