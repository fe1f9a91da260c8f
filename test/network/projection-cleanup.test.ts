import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, type Statement } from '../../src/db/cypher.registry.js';
import type { Gateway, QueryMeta } from '../../src/db/gateway.js';
import { runNetworks } from '../../src/network/network.job.js';
import { loadRiskConfig } from '../../src/risk/risk-config.js';
import { startTestApp, type TestApp } from '../support/app.js';

// The network job projects its GDS graph while it reads the evidence (src/network/network.job.ts):
// when a read fails meanwhile, the job fails with that read's error and still drops the projection,
// waiting for it to be made first so it is never created after the drop.
const projectionsLeft = cypher('network/projections-left');
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
}, 600_000);
afterAll(async () => {
  await app.close();
});

/** The app's gateway, except that the job's first evidence read fails. */
function failingFirstRead(gateway: Gateway): Gateway {
  const failing = Object.create(gateway) as Gateway;
  failing.read = <T>(statement: Statement, params?: Record<string, unknown>, meta?: QueryMeta): Promise<T[]> =>
    statement.name === 'network/same-as-pairs' ? Promise.reject(new Error('read failed on purpose')) : gateway.read<T>(statement, params, meta);
  return failing;
}

describe('the network job when an evidence read fails while its projection runs', () => {
  it('fails with that read’s error and leaves no projection behind', async () => {
    await expect(runNetworks(failingFirstRead(app.gateway), new Date().toISOString(), loadRiskConfig())).rejects.toThrow('read failed on purpose');
    // A projection still running when the job failed would reach the catalogue a moment later:
    // watch it for five seconds (a projection of the demo data takes well under one).
    for (let i = 0; i < 10; i++) {
      const [row] = await app.gateway.read<{ graphs: string[] }>(projectionsLeft);
      expect(row!.graphs).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });
});
