import { afterAll, describe, expect, it } from 'vitest';
import { statementsUnder } from '../../src/db/cypher.registry.js';
import { cypher } from '../../src/db/cypher.registry.js';
import { migrate } from '../../src/db/migrate.js';
import { testGateway } from '../support/app.js';

const gateway = testGateway();
afterAll(() => gateway.close());

// Read-only statements for this test, kept with the others in cypher/system/.
const schemaState = cypher('system/schema-state');
const applied = cypher('system/migrations-applied');

describe('schema migrations', () => {
  it('were applied by the test setup and re-running them changes nothing', async () => {
    // Bring the database up to date first: other areas may add migration files while tests run.
    await migrate(gateway);
    const before = await gateway.read(schemaState);
    const versionsBefore = await gateway.read(applied);
    const result = await migrate(gateway);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toBe(statementsUnder('migrations').length);
    expect(await gateway.read(schemaState)).toEqual(before);
    expect(await gateway.read(applied)).toEqual(versionsBefore);
    expect(versionsBefore).toHaveLength(statementsUnder('migrations').length);
  });

  it('created a uniqueness constraint for every natural key and online indexes', async () => {
    const [state] = await gateway.read<{ constraints: string[]; indexes: string[]; offline: number }>(schemaState);
    for (const name of [
      'agency_ori',
      'scene_id',
      'casing_evidence_id',
      'firearm_id',
      'ffl_license',
      'person_id',
      'sale_id',
      'recovery_id',
      'trace_id',
      'lead_id',
    ]) {
      expect(state!.constraints).toContain(name);
    }
    expect(state!.indexes).toContain('scene_location');
    expect(state!.offline).toBe(0);
  });
});
