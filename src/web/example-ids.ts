import type { Config } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import { withServiceDeadline } from '../db/service-deadline.js';
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
 * How long a page waits for its example ids: half the request deadline, so the page itself is
 * always answered within REQUEST_TIMEOUT_MS whatever Neo4j does (docs/operations.md, "Deadlines").
 */
const exampleWaitMs = (config: Pick<Config, 'REQUEST_TIMEOUT_MS'>) => Math.max(100, Math.floor(config.REQUEST_TIMEOUT_MS / 2));

/**
 * Ids to pre-fill the pages' examples, read when a page is rendered (one small statement), so
 * they exist in whatever database the service is on. A page still renders when Neo4j is down or
 * does not answer within `waitMs` (the request deadline): the examples then carry no variables.
 */
export async function readExampleIds(gateway: Gateway | undefined, waitMs: number): Promise<ExampleIds> {
  if (!gateway) return NONE;
  try {
    return { ...NONE, ...(await withServiceDeadline(readExampleIdRow(gateway), waitMs)) };
  } catch {
    return NONE;
  }
}

/** The example ids a page being rendered pre-fills, waited for at most half the request deadline. */
export const pageExampleIds = (config: Pick<Config, 'REQUEST_TIMEOUT_MS'>, gateway: Gateway | undefined): Promise<ExampleIds> =>
  readExampleIds(gateway, exampleWaitMs(config));
