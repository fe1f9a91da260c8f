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
 * A supervisor's decision stands against later imports (docs/import.md, Provenance and conflicts): a field
 * a decision settled changes only by another decision, whichever agency sends it, the record's own
 * source and its owning agency included. A re-sent value the decision overruled is unchanged; any other
 * value is a new OPEN conflict; the record's undecided fields follow the usual rules.
 */
const recordLinks = cypher('provenance/record-links');

let app: TestApp;
beforeAll(async () => {
  app = await startConflictApp();
});
afterAll(() => app.close());

const OTHER = OTHER_AGENCY;
const PERSON = graphql(`
  query DecidedFieldsPerson($id: NonEmptyString!) {
    person(id: $id) {
      dateOfBirth
      address
    }
  }
`);
const RECOVERY = graphql(`
  query DecidedFieldsRecovery($id: ID!) {
    node(id: $id) {
      ... on Recovery {
        address
      }
    }
  }
`);

async function conflictsOn(ori: string, recordType: ImportRecordType, key: string, status: 'OPEN' | 'RESOLVED') {
  const res = await app.gql(CONFLICTS, { o: ori, recordType, status }, [Role.SUPERVISOR]);
  expect(res.errors).toBeUndefined();
  return res.data!.conflicts.edges.map((e) => e.node).filter((c) => c.key === key);
}

describe('a decided field against later imports', () => {
  const tag = `DF${RUN}${unique()}`;
  const id = (kind: string) => `IMPTEST-${tag}-${kind}`;
  const base = validRecords(tag) as unknown as Raw[];
  const ori = String(base.find((r) => r.type === 'agency')!.ori);
  const of = (type: string) => base.find((r) => r.type === type)!;
  const counts = async (from: string, records: Raw[]) => {
    const res = await ingestAs(app, from, records);
    expect(res.errors).toBeUndefined();
    return res.data!.importRecords;
  };
  const resolve = async (conflictId: string, keep: 'CURRENT' | 'INCOMING') => {
    const res = await app.gql(RESOLVE_CONFLICT, { id: conflictId, keep }, [Role.SUPERVISOR]);
    expect(res.errors).toBeUndefined();
  };

  beforeAll(async () => {
    expect((await ingestAs(app, ori, base)).errors).toBeUndefined();
  });

  it("the record's own source re-sending the value a decision overruled leaves the decision standing", async () => {
    const person: Raw = { ...of('person'), id: id('P9'), dateOfBirth: '2001-01-01' };
    expect(await counts(ori, [person])).toMatchObject({ created: 1 });
    expect(await counts(OTHER, [{ ...person, dateOfBirth: '1980-01-01' }])).toMatchObject({ conflicted: 1 });
    const [birth] = await conflictsOn(OTHER, 'PERSON', id('P9'), 'OPEN');
    await resolve(birth!.id, 'INCOMING');
    const read = async () => (await app.gql(PERSON, { id: id('P9') }, [Role.SUPERVISOR])).data!.person;
    expect(await read()).toMatchObject({ dateOfBirth: '1980-01-01' });

    // The agency's unchanged re-export: before the decided-field mark this was `updated` and wrote 2001 back.
    expect(await counts(ori, [person])).toMatchObject({ unchanged: 1, updated: 0, conflicted: 0 });
    expect(await read()).toMatchObject({ dateOfBirth: '1980-01-01' });

    // Its other fields still follow it: a new address is its own correction.
    expect(await counts(ori, [{ ...person, address: '40 Decided Rd' }])).toMatchObject({ updated: 1 });
    expect(await read()).toMatchObject({ dateOfBirth: '1980-01-01', address: '40 Decided Rd' });

    // A third value for the decided field, even from the record's source, goes to a supervisor.
    expect(await counts(ori, [{ ...person, address: '40 Decided Rd', dateOfBirth: '1985-06-01' }])).toMatchObject({ conflicted: 1, updated: 0 });
    expect(await read()).toMatchObject({ dateOfBirth: '1980-01-01' });
    const [again] = (await conflictsOn(ori, 'PERSON', id('P9'), 'OPEN')).filter((c) => c.incomingValue === '1985-06-01');
    // The current side was set by the decision, not by an import: it names no agency.
    expect(again).toMatchObject({ field: 'dateOfBirth', currentValue: '1980-01-01', currentOri: null, incomingOri: ori, kept: 'CURRENT' });

    // Deciding it moves the mark: the value it overruled is now the one a re-send leaves alone.
    await resolve(again!.id, 'INCOMING');
    expect(await read()).toMatchObject({ dateOfBirth: '1985-06-01' });
    const moved: Raw = { ...person, address: '40 Decided Rd' };
    expect(await counts(OTHER, [{ ...moved, dateOfBirth: '1980-01-01' }])).toMatchObject({ unchanged: 1, conflicted: 0 });
    expect(await counts(ori, [moved])).toMatchObject({ unchanged: 1, conflicted: 0 });
    expect(await read()).toMatchObject({ dateOfBirth: '1985-06-01' });
  });

  it('the owning agency cannot undo a decision on a link either, and never gets a second link', async () => {
    // A owns its recovery (recovering agency); the other agency names another possessor.
    const recovery: Raw = { ...of('recovery'), id: id('RC9'), sceneId: null };
    expect(await counts(ori, [recovery])).toMatchObject({ created: 1 });
    expect(await counts(OTHER, [{ ...recovery, possessorId: id('P1') }])).toMatchObject({ conflicted: 1 });
    const [link] = await conflictsOn(OTHER, 'RECOVERY', id('RC9'), 'OPEN');
    expect(link).toMatchObject({ field: 'possessorId', currentValue: id('P2'), incomingValue: id('P1') });
    await resolve(link!.id, 'INCOMING');
    const possessors = async () =>
      (await app.gateway.read<{ type: string; target: string }>(recordLinks, { label: 'Recovery', key: id('RC9') }))
        .filter((l) => l.type === 'FROM_POSSESSOR')
        .map((l) => l.target);
    expect(await possessors()).toEqual([id('P1')]);

    // The owner's unchanged re-export: the owner rule would have re-pointed it to P2.
    expect(await counts(ori, [recovery])).toMatchObject({ unchanged: 1, updated: 0 });
    expect(await possessors()).toEqual([id('P1')]);
    // A third person from the owner is a new conflict, and the link is not doubled.
    const third: Raw = {
      type: 'person',
      id: id('P8'),
      firstName: 'Tre',
      lastName: 'Party',
      dateOfBirth: '1970-02-02',
      address: '8 Ash St',
      city: 'Camden',
      state: 'NJ',
    };
    expect(await counts(ori, [third, { ...recovery, possessorId: id('P8') }])).toMatchObject({ created: 1, conflicted: 1 });
    expect(await possessors()).toEqual([id('P1')]);
    const open = await conflictsOn(ori, 'RECOVERY', id('RC9'), 'OPEN');
    expect(open.map((c) => [c.field, c.currentValue, c.incomingValue])).toEqual([['possessorId', id('P1'), id('P8')]]);
  });

  it('a value the decision kept CURRENT against is unchanged when its agency sends it again', async () => {
    const recovery: Raw = { ...of('recovery'), id: id('RC8'), sceneId: null };
    expect(await counts(ori, [recovery])).toMatchObject({ created: 1 });
    const byOther: Raw = { ...recovery, address: '77 Disputed Way' };
    expect(await counts(OTHER, [byOther])).toMatchObject({ conflicted: 1 });
    const [address] = await conflictsOn(OTHER, 'RECOVERY', id('RC8'), 'OPEN');
    await resolve(address!.id, 'CURRENT');
    // Before, every re-send reported `conflicted` although the supervisor had already answered it.
    expect(await counts(OTHER, [byOther])).toMatchObject({ unchanged: 1, conflicted: 0 });
    expect(await conflictsOn(OTHER, 'RECOVERY', id('RC8'), 'OPEN')).toEqual([]);
    const read = async () => (await app.gql(RECOVERY, { id: `Recovery:${id('RC8')}` }, [Role.SUPERVISOR])).data!.node;
    expect(await read()).toMatchObject({ address: recovery.address });
  });
});
