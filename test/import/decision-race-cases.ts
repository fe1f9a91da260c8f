import { expect } from 'vitest';
import { Role } from '../../src/core/role.js';
import { cypher } from '../../src/db/cypher.registry.js';
import type { TestApp } from '../support/app.js';
import { unique } from '../security/support.js';
import { RUN, validRecords } from './fixtures.js';
import { CONFLICTS, OTHER_AGENCY, RESOLVE_CONFLICT, ingestAs, type Raw } from './import-api.js';

const snapshot = cypher('import/record-snapshot');
/** The gateway's labels of the two write transactions the race tests interleave. */
export const DECISION_TX = 'provenance/resolve-conflict';
export const IMPORT_TX = 'importRecords';

/**
 * Records and steps shared by the tests that race a supervisor's decision against an import
 * (conflict-decision-lock.test.ts, conflict-decision-epoch.test.ts): the fixture's case under a fresh
 * tag, recoveries and pending traces of it, another agency's recovery date kept as an OPEN conflict,
 * and the decision keeping it. `app` is read when a step runs (it starts in the test file's beforeAll).
 */
export function decisionRace(app: () => TestApp, prefix: string) {
  const tag = `${prefix}${RUN}${unique()}`;
  const id = (k: string) => `IMPTEST-${tag}-${k}`;
  const base = validRecords(tag) as unknown as Raw[];
  const ori = String(base.find((r) => r.type === 'agency')!.ori);
  const of = (t: string) => base.find((r) => r.type === t)!;
  const recovery = (k: string, recoveredOn: string, changes: Raw = {}): Raw => ({
    ...of('recovery'),
    id: id(k),
    firearmId: id('FA'),
    recoveredOn,
    sceneId: null,
    possessorId: null,
    ...changes,
  });
  const trace = (k: string, recoveryKey: string, requestedAt: string): Raw => ({
    ...of('trace'),
    id: id(k),
    recoveryId: id(recoveryKey),
    requestedAt,
    completedAt: null,
    outcome: 'PENDING',
    dealerRequestedAt: null,
    dealerRespondedAt: null,
    timeToCrimeDays: null,
    resolvedDealerLicense: null,
    resolvedPurchaserId: null,
  });
  const accepted = async (agency: string, records: Raw[]) => expect((await ingestAs(app(), agency, records)).errors).toBeUndefined();
  /** The stored record (undefined: not in the graph). */
  const stored = async (label: string, key: string) =>
    (await app().gateway.read<{ props: Record<string, unknown>; links: Array<{ type: string; target: string }> }>(snapshot, { label, key }))[0];
  /** Another agency's recovery date for `key`, kept as an OPEN conflict: its id. */
  const openConflict = async (key: string, recoveredOn: string, changes: Raw = {}): Promise<string> => {
    await accepted(OTHER_AGENCY, [recovery(key, recoveredOn, changes)]);
    const res = await app().gql(CONFLICTS, { o: OTHER_AGENCY, recordType: 'RECOVERY', status: 'OPEN' }, [Role.SUPERVISOR]);
    const found = res.data!.conflicts.edges.map((e) => e.node).find((c) => c.key === id(key) && c.field === 'recoveredOn');
    expect(found).toBeDefined();
    return found!.id;
  };
  const keepIncoming = (conflict: string) => app().gql(RESOLVE_CONFLICT, { id: conflict, keep: 'INCOMING' }, [Role.SUPERVISOR]);
  return { tag, id, base, ori, of, recovery, trace, accepted, stored, openConflict, keepIncoming };
}
