import 'reflect-metadata';
import { afterAll } from 'vitest';
import { cypher, loadCypher } from '../../src/db/cypher.registry.js';
import { removeTempDirs, takeMadeFixtures } from '../import/fixtures.js';
import { testGateway } from '../support/app.js';

// Each test file runs in its own worker: load the statements there too.
loadCypher();

// Import tests write files to temp folders: leave none behind on the machine.
afterAll(removeTempDirs);

// The guns and stores the import fixtures wrote stop counting for the files after this one: the
// trafficking levels are measured on everything in the shared database (docs/testing.md).
afterAll(async () => {
  const made = takeMadeFixtures();
  if (!made.prefixes.length) return;
  const db = testGateway();
  try {
    await db.write(cypher('test/remove-tagged-records'), made, { operation: 'test-cleanup' });
  } finally {
    await db.close();
  }
});
