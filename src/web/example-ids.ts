import type { Gateway } from '../db/gateway.js';
import type { ExampleIds } from './example-operations.js';
import { readExampleIdRow } from './web.data.js';

const NONE: ExampleIds = {
  casing: null,
  lead: null,
  scene: null,
  trace: null,
  recovery: null,
  firearm: null,
  person: null,
  agency: null,
  dealer: null,
  state: null,
  serial: null,
  latitude: null,
  longitude: null,
};

/**
 * Ids to pre-fill the pages' examples, read when a page is rendered (one small statement), so
 * they exist in whatever database the service is on. A page still renders when Neo4j is down:
 * the examples then carry no variables.
 */
export async function readExampleIds(gateway: Gateway | undefined): Promise<ExampleIds> {
  if (!gateway) return NONE;
  try {
    return { ...NONE, ...(await readExampleIdRow(gateway)) };
  } catch {
    return NONE;
  }
}
