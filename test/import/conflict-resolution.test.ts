import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { cypher } from '../../src/db/cypher.registry.js';
import type { TestApp } from '../support/app.js';
import { unique } from '../security/support.js';
import { RUN, validRecords } from './fixtures.js';
import { CONFLICTS, OTHER_AGENCY, RESOLVE_CONFLICT, ingestAs, startConflictApp, type Raw } from './import-api.js';
import { graphql } from '../generated/graphql/index.js';
import type { ImportRecordType } from '../generated/graphql/graphql.js';

/**
 * What a supervisor's decision on a conflict may write (docs/import.md, Provenance and conflicts): only
 * over the value it was taken against (a stale conflict is refused, never undoing a later correction),
 * and only the one field it decides (the record's source for its other fields stays as it was).
 */
const recordLinks = cypher('provenance/record-links');
/** The record as the link charts and saved investigations read it (every stored property). */
const seedNodes = cypher('linkchart/seed-nodes');

let app: TestApp;
beforeAll(async () => {
  app = await startConflictApp();
});
afterAll(() => app.close());

const OTHER = OTHER_AGENCY;
const BIRTH = graphql(`
  query ConflictResolutionBirth($id: NonEmptyString!) {
    person(id: $id) {
      dateOfBirth
    }
  }
`);
const RECOVERY = graphql(`
  query ConflictResolutionRecovery($id: ID!) {
    node(id: $id) {
      ... on Recovery {
        recoveredOn
        address
      }
    }
  }
`);

const possessors = async (recoveryId: string) =>
  (await app.gateway.read<{ type: string; target: string }>(recordLinks, { label: 'Recovery', key: recoveryId }))
    .filter((l) => l.type === 'FROM_POSSESSOR')
    .map((l) => l.target);

async function openConflicts(recordType: ImportRecordType, key: string, o = OTHER) {
  const res = await app.gql(CONFLICTS, { o, recordType, status: 'OPEN' }, [Role.SUPERVISOR]);
  expect(res.errors).toBeUndefined();
  return res.data!.conflicts.edges.map((e) => e.node).filter((c) => c.key === key);
}

describe('resolving a conflict', () => {
  const tag = `CR${RUN}${unique()}`;
  const id = (kind: string) => `IMPTEST-${tag}-${kind}`;
  const base = validRecords(tag) as unknown as Raw[];
  const ori = String(base.find((r) => r.type === 'agency')!.ori);
  const of = (type: string) => base.find((r) => r.type === type)!;

  beforeAll(async () => {
    const first = await ingestAs(app, ori, base);
    expect(first.errors).toBeUndefined();
  });

  it("refuses a conflict the record's source corrected since, and never writes the old value over the correction", async () => {
    const person: Raw = { ...of('person'), id: id('P9'), dateOfBirth: '2005-01-01' };
    expect((await ingestAs(app, ori, [person])).data!.importRecords).toMatchObject({ created: 1 });
    expect((await ingestAs(app, OTHER, [{ ...person, dateOfBirth: '1980-01-01' }])).data!.importRecords).toMatchObject({ conflicted: 1 });
    const [conflict] = await openConflicts('PERSON', id('P9'));
    expect(conflict).toMatchObject({ field: 'dateOfBirth', currentValue: '2005-01-01', incomingValue: '1980-01-01', currentOri: ori });
    // The record's own source corrects the field: its own record, updated, no conflict.
    expect((await ingestAs(app, ori, [{ ...person, dateOfBirth: '1981-01-01' }])).data!.importRecords).toMatchObject({ updated: 1, conflicted: 0 });

    const stale = await app.gql(RESOLVE_CONFLICT, { id: conflict!.id, keep: 'CURRENT' }, [Role.SUPERVISOR]);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(stale.errors![0]!.message).toContain(`conflict ${conflict!.id} is stale`);
    const birth = async () => (await app.gql(BIRTH, { id: id('P9') }, [Role.SUPERVISOR])).data!.person!.dateOfBirth;
    expect(await birth()).toBe('1981-01-01');

    // The open conflict now shows what the record holds; deciding on that keeps the correction.
    const [refreshed] = await openConflicts('PERSON', id('P9'));
    expect(refreshed).toMatchObject({ id: conflict!.id, currentValue: '1981-01-01', incomingValue: '1980-01-01', status: 'OPEN' });
    const kept = await app.gql(RESOLVE_CONFLICT, { id: conflict!.id, keep: 'CURRENT' }, [Role.SUPERVISOR]);
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.resolveConflict).toMatchObject({ status: 'RESOLVED', kept: 'CURRENT', currentValue: '1981-01-01' });
    expect(await birth()).toBe('1981-01-01');

    // Changing the decision later is checked the same way: the record holds the kept side, so INCOMING is written.
    const decided = async () =>
      (await app.gateway.read<{ props: Record<string, unknown> }>(seedNodes, { seeds: [{ kind: 'Person', key: id('P9') }] }))[0]?.props.decidedAt ?? null;
    const before = await decided();
    const flipped = await app.gql(RESOLVE_CONFLICT, { id: conflict!.id, keep: 'INCOMING' }, [Role.SUPERVISOR]);
    expect(flipped.errors).toBeUndefined();
    expect(await birth()).toBe('1980-01-01');
    // The record's source is left as it was, so the write is marked by when a decision last wrote to it
    // (a saved investigation fingerprints no personal field: docs/workspace.md).
    const after = await decided();
    expect(after).not.toBeNull();
    expect(String(after)).not.toBe(String(before));
  });

  it("decides one field only: the other agency's later sends still conflict on the record's other fields", async () => {
    // A's recovery (A owns it), with no scene or trace to date it against.
    const recovery: Raw = { ...of('recovery'), id: id('RC9'), sceneId: null };
    expect((await ingestAs(app, ori, [recovery])).data!.importRecords).toMatchObject({ created: 1 });
    const byOther: Raw = { ...recovery, recoveredOn: '2025-04-05' };
    expect((await ingestAs(app, OTHER, [byOther])).data!.importRecords).toMatchObject({ conflicted: 1 });
    const [day] = await openConflicts('RECOVERY', id('RC9'));
    expect(day).toMatchObject({ field: 'recoveredOn', currentValue: '2025-04-02', incomingValue: '2025-04-05' });
    const resolved = await app.gql(RESOLVE_CONFLICT, { id: day!.id, keep: 'INCOMING' }, [Role.SUPERVISOR], { subject: 'supervisor-b', agencyOri: OTHER });
    expect(resolved.errors).toBeUndefined();
    const read = async () => (await app.gql(RECOVERY, { id: `Recovery:${id('RC9')}` }, [Role.SUPERVISOR])).data!.node;
    expect(await read()).toMatchObject({ recoveredOn: '2025-04-05', address: recovery.address });

    // The same agency then sends another address and possessor: A's values stay, each kept as a conflict.
    const again = await ingestAs(app, OTHER, [{ ...byOther, address: '9 Elsewhere St', possessorId: id('P1') }]);
    expect(again.data!.importRecords).toMatchObject({ conflicted: 1, updated: 0 });
    expect(await read()).toMatchObject({ recoveredOn: '2025-04-05', address: recovery.address });
    expect(await possessors(id('RC9'))).toEqual([id('P2')]);
    const open = await openConflicts('RECOVERY', id('RC9'));
    expect(open.map((c) => c.field).sort()).toEqual(['address', 'possessorId']);
    expect(open.every((c) => c.currentOri === ori && c.incomingOri === OTHER)).toBe(true);

    // The owner re-points the possessor to the same person; the open link conflict is stale for CURRENT.
    expect((await ingestAs(app, ori, [{ ...recovery, recoveredOn: '2025-04-05', possessorId: id('P1') }])).data!.importRecords).toMatchObject({
      updated: 1,
    });
    const link = open.find((c) => c.field === 'possessorId')!;
    const refused = await app.gql(RESOLVE_CONFLICT, { id: link.id, keep: 'CURRENT' }, [Role.SUPERVISOR]);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(await possessors(id('RC9'))).toEqual([id('P1')]);
    expect((await openConflicts('RECOVERY', id('RC9'))).find((c) => c.id === link.id)).toMatchObject({ currentValue: id('P1'), incomingValue: id('P1') });
  });
  it('checks a decision on an association the same way: one field decided, a later change never undone', async () => {
    const association = of('association');
    const key = `${String(association.fromPersonId)}>${String(association.toPersonId)}`;
    expect((await ingestAs(app, OTHER, [{ ...association, since: '2024-02-01' }])).data!.importRecords).toMatchObject({ conflicted: 1 });
    const [since] = await openConflicts('ASSOCIATION', key);
    expect(since).toMatchObject({ field: 'since', currentValue: '2024-01-01', incomingValue: '2024-02-01' });
    expect((await app.gql(RESOLVE_CONFLICT, { id: since!.id, keep: 'INCOMING' }, [Role.SUPERVISOR])).errors).toBeUndefined();
    // The other agency's next value for another field still conflicts: the link's source did not move.
    const again = await ingestAs(app, OTHER, [{ ...association, since: '2024-02-01', source: 'INFORMANT' }]);
    expect(again.data!.importRecords).toMatchObject({ conflicted: 1, updated: 0 });
    // The link's source sends a third date: the field was decided, so a supervisor decides again (decided-fields.test.ts);
    // once that is written, going back to CURRENT on the first conflict would undo it, so it is refused.
    expect((await ingestAs(app, ori, [{ ...association, since: '2024-03-01' }])).data!.importRecords).toMatchObject({ conflicted: 1, updated: 0 });
    const [third] = (await openConflicts('ASSOCIATION', key, ori)).filter((c) => c.field === 'since');
    expect(third).toMatchObject({ currentValue: '2024-02-01', incomingValue: '2024-03-01' });
    expect((await app.gql(RESOLVE_CONFLICT, { id: third!.id, keep: 'INCOMING' }, [Role.SUPERVISOR])).errors).toBeUndefined();
    const back = await app.gql(RESOLVE_CONFLICT, { id: since!.id, keep: 'CURRENT' }, [Role.SUPERVISOR]);
    expect(back.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(back.errors![0]!.message).toContain(`conflict ${since!.id} is stale`);
  });
});
