import { cypher } from '../../src/db/cypher.registry.js';
import type { Gateway } from '../../src/db/gateway.js';

/** Every record these tests write has an id with this prefix, and is deleted afterwards. */
export const PREFIX = 'INVTEST-';

const upsertScene = cypher('import/upsert-scene');
const upsertCasing = cypher('import/upsert-casing');
const upsertLead = cypher('import/upsert-lead');
const cleanup = cypher('scene/test-cleanup');
/** The upsert statements record their source; these fixtures write as an unattributed test source. */
const source = { id: 'test-fixture', agencyOri: null, receivedAt: '2026-01-01T00:00:00Z' };

export interface TestScene {
  id: string;
  occurredAt: string;
  agencyOri: string;
  latitude?: number;
  longitude?: number;
}

export function writeScenes(gateway: Gateway, scenes: TestScene[]) {
  return gateway.write(upsertScene, {
    source,
    rows: scenes.map((s) => ({
      kind: 'SHOTS_FIRED',
      address: '1 Test Street',
      city: 'Testville',
      state: s.agencyOri.slice(0, 2),
      latitude: s.latitude ?? 40.7,
      longitude: s.longitude ?? -74.0,
      ...s,
    })),
  });
}

export function writeCasings(gateway: Gateway, casings: Array<{ evidenceId: string; sceneId: string; recoveredAt: string }>) {
  return gateway.write(upsertCasing, {
    source,
    rows: casings.map((c) => ({
      caliber: '9mm Luger',
      submittedToNibinAt: c.recoveredAt,
      testFireOfFirearmId: null,
      firedFromFirearmId: null,
      firedFromConfirmedAt: null,
      ...c,
    })),
  });
}

export function writeLeads(gateway: Gateway, leads: Array<{ id: string; casingA: string; casingB: string; status: string }>) {
  return gateway.write(upsertLead, {
    source,
    rows: leads.map((l) => ({ correlatedAt: '2025-01-01T00:00:00Z', score: 80, reviewedAt: null, ...l })),
  });
}

export function deleteTestRecords(gateway: Gateway) {
  return gateway.write(cleanup, { prefix: PREFIX });
}
