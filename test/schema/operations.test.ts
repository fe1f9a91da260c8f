import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { Role } from '../../src/core/role.js';
import {
  CasingLinkedScenesDocument,
  DealersInStateDocument,
  DealerTracedFirearmsDocument,
  FirearmsBySerialDocument,
  FirearmTraceChainDocument,
  PersonPurchasesDocument,
  ScenesNearPointDocument,
} from '../generated/operations.js';
import { startTestApp, type TestApp } from '../support/app.js';

// The example operations of schema/operations/, as the typed documents `npm run codegen` makes
// of them, run against the seeded graph: an example that drifts from the schema fails here.
let app: TestApp;
const manifest = inject('manifest');
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function run<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables: TVars, roles = [Role.INVESTIGATOR]): Promise<TData> {
  const res = await app.gql(doc, variables, roles);
  expect(res.errors).toBeUndefined();
  return res.data as TData;
}

describe('example operations (typed documents from schema/operations/)', () => {
  const recovered = manifest.series.find((s) => s.firearmId !== null)!;
  const example = manifest.traceExamples[0]!;

  it('CasingLinkedScenes returns the planted series in time order', async () => {
    const data = await run(CasingLinkedScenesDocument, { evidenceId: recovered.casingIds[0]! });
    expect(data.casing!.linkedScenes.map((s) => s.scene.sceneId)).toEqual(recovered.sceneIds);
    expect(data.casing!.firearm?.firearmId).toBe(recovered.firearmId);
  });

  it('FirearmTraceChain and FirearmsBySerial find the planted dealer, purchaser and time-to-crime', async () => {
    const data = await run(FirearmTraceChainDocument, { id: example.firearmId });
    const chain = data.firearm!.traceChain;
    expect(chain.dealer!.license).toBe(example.dealerLicense);
    expect(chain.purchaser!.personId).toBe(example.purchaserId);
    expect(chain.timeToCrimeDays).toBe(example.timeToCrimeDays);
    const bySerial = await run(FirearmsBySerialDocument, { serial: data.firearm!.serial! });
    expect(bySerial.firearmBySerial.map((f) => f.firearmId)).toContain(example.firearmId);
  });

  it("PersonPurchases lists a straw purchaser's purchases, names masked for an analyst", async () => {
    const id = manifest.rings[0]!.strawPurchaserIds[0]!;
    const asInvestigator = await run(PersonPurchasesDocument, { id });
    expect(asInvestigator.person!.purchases.totalCount).toBeGreaterThan(0);
    expect(asInvestigator.person!.lastName).toEqual(expect.any(String));
    const asAnalyst = await run(PersonPurchasesDocument, { id }, [Role.ANALYST]);
    expect(asAnalyst.person!.lastName).toBeNull();
    expect(asAnalyst.person!.purchases.totalCount).toBe(asInvestigator.person!.purchases.totalCount);
  });

  it('DealerTracedFirearms and DealersInState page through a dealer and its state', async () => {
    const traced = await run(DealerTracedFirearmsDocument, { license: example.dealerLicense, first: 100 });
    expect(traced.ffl!.tracedFirearms.totalCount).toBeGreaterThan(0);
    const state = traced.ffl!.state;
    const dealers = await run(DealersInStateDocument, { state, first: 100 });
    expect(dealers.ffls.edges.every((e) => e.node.state === state)).toBe(true);
    expect(dealers.ffls.totalCount).toBeGreaterThan(0);
  });

  it('ScenesNearPoint finds a planted scene around its own location', async () => {
    const chain = await run(CasingLinkedScenesDocument, { evidenceId: recovered.casingIds[0]! });
    const first = chain.casing!.linkedScenes[0]!.scene;
    const data = await run(ScenesNearPointDocument, { latitude: first.location!.latitude, longitude: first.location!.longitude, radiusKm: 1, first: 100 });
    expect(data.scenes.edges.map((e) => e.node.id)).toContain(first.id);
  });
});
