import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { unique } from '../security/support.js';
import { RUN, validRecords } from './fixtures.js';
import { CONFLICTS, ingestAs, type Raw } from './import-api.js';
import { graphql } from '../generated/graphql/index.js';

/** Provenance (who told us, when) and conflicts (never a silent overwrite), through the API. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** importRecords as an INGEST user of `agencyOri`. */
const sendAs = (agencyOri: string, records: Raw[]) => ingestAs(app, agencyOri, records);

const AGENCY_NAME = graphql(`
  query ProvenanceAgencyName($o: NonEmptyString!) {
    agency(ori: $o) {
      name
    }
  }
`);
const RESOLVE = graphql(`
  mutation ProvenanceResolve($id: NonEmptyString!) {
    resolveConflict(id: $id, keep: INCOMING) {
      status
      kept
      resolvedBy
    }
  }
`);

describe('provenance and conflicts', () => {
  const tag = `PV${RUN}${unique()}`;
  const base = validRecords(tag) as unknown as Raw[];
  const agency = base.find((r) => r.type === 'agency')!;
  const ori = String(agency.ori);
  const other = 'PA0510000';

  it("keeps the owning agency's name against another agency, records the conflict, and lets a supervisor resolve it", async () => {
    const first = await sendAs(ori, base);
    expect(first.errors).toBeUndefined();
    const rename = await sendAs(other, [{ ...agency, name: 'Renamed By Another Agency' }]);
    expect(rename.data!.importRecords).toMatchObject({ conflicted: 1, updated: 0, created: 0 });
    const read = await app.gql(AGENCY_NAME, { o: ori }, [Role.ANALYST]);
    expect(read.data!.agency!.name).toBe(agency.name);

    const sources = await app.gql(
      graphql(`
        query ProvenanceSources($k: NonEmptyString!) {
          recordSources(type: AGENCY, key: $k) {
            totalCount
            edges {
              node {
                id
                agencyOri
                kind
                receivedAt
              }
            }
          }
        }
      `),
      { k: ori },
      [Role.ANALYST],
    );
    expect(sources.errors).toBeUndefined();
    expect(sources.data!.recordSources.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: first.data!.importRecords.sourceId, agencyOri: ori, kind: 'API' }),
        expect.objectContaining({ id: rename.data!.importRecords.sourceId, agencyOri: other }),
      ]),
    );

    const list = await app.gql(CONFLICTS, { o: ori, recordType: 'AGENCY' }, [Role.SUPERVISOR]);
    expect(list.errors).toBeUndefined();
    const conflict = list.data!.conflicts.edges.map((e) => e.node).find((c) => c.key === ori)!;
    expect(conflict).toMatchObject({
      field: 'name',
      currentValue: agency.name,
      incomingValue: 'Renamed By Another Agency',
      currentOri: ori,
      incomingOri: other,
      kept: 'CURRENT',
      status: 'OPEN',
    });

    const denied = await app.gql(RESOLVE, { id: conflict.id }, [Role.ANALYST]);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const resolved = await app.gql(RESOLVE, { id: conflict.id }, [Role.SUPERVISOR]);
    expect(resolved.data!.resolveConflict).toMatchObject({ status: 'RESOLVED', kept: 'INCOMING' });
    const again = await app.gql(RESOLVE, { id: conflict.id }, [Role.SUPERVISOR]);
    expect(again.data!.resolveConflict).toEqual(resolved.data!.resolveConflict);
    const after = await app.gql(AGENCY_NAME, { o: ori }, [Role.ANALYST]);
    expect(after.data!.agency!.name).toBe('Renamed By Another Agency');
  });

  it('lets the owning agency correct its scene over another source, keeping the replaced value as a resolved conflict', async () => {
    const scene: Raw = { ...base.find((r) => r.type === 'scene')!, id: `IMPTEST-${tag}-SC9` };
    const byOther = await sendAs(other, [scene]);
    expect(byOther.data!.importRecords).toMatchObject({ created: 1 });
    const byOwner = await sendAs(ori, [{ ...scene, address: '7 Corrected Ave' }]);
    expect(byOwner.data!.importRecords).toMatchObject({ updated: 1, conflicted: 0 });
    const same = await sendAs(ori, [{ ...scene, address: '7 Corrected Ave' }]);
    expect(same.data!.importRecords).toMatchObject({ unchanged: 1 });
    const list = await app.gql(
      graphql(`
        query ProvenanceResolvedSceneConflicts($o: String) {
          conflicts(filter: { agencyOri: $o, recordType: SCENE, status: RESOLVED }) {
            edges {
              node {
                key
                field
                currentValue
                incomingValue
                kept
                resolvedBy
              }
            }
          }
        }
      `),
      { o: ori },
      [Role.SUPERVISOR],
    );
    expect(list.data!.conflicts.edges.map((e) => e.node)).toContainEqual({
      key: scene.id,
      field: 'address',
      currentValue: scene.address,
      incomingValue: '7 Corrected Ave',
      kept: 'INCOMING',
      resolvedBy: 'OWNING_AGENCY',
    });
  });

  it("takes nothing over by re-sending another agency's record unchanged: its next different value is still a conflict", async () => {
    const person: Raw = { ...base.find((r) => r.type === 'person')!, id: `IMPTEST-${tag}-P9` };
    const scene: Raw = { ...base.find((r) => r.type === 'scene')!, id: `IMPTEST-${tag}-SC8` };
    const created = (await sendAs(ori, [person, scene])).data!.importRecords;
    expect(created).toMatchObject({ created: 2 });
    // The other agency's system exports the same records back: nothing changes, and nothing becomes its own.
    const resent = (await sendAs(other, [person, scene])).data!.importRecords;
    expect(resent).toMatchObject({ unchanged: 2, updated: 0, conflicted: 0 });
    const changed = await sendAs(other, [
      { ...person, address: '999 Wrong Ave' },
      { ...scene, address: '16 E Washington St' },
    ]);
    expect(changed.data!.importRecords).toMatchObject({ conflicted: 2, updated: 0, unchanged: 0 });

    const read = await app.gql(
      graphql(`
        query ProvenanceResentPerson($id: NonEmptyString!) {
          person(id: $id) {
            address
          }
        }
      `),
      { id: String(person.id) },
      [Role.INVESTIGATOR],
    );
    expect(read.data!.person!.address).toBe(person.address);
    // Who told us, and whose values the record holds: all three sends are listed, only the first holds its values.
    const told = await app.gql(
      graphql(`
        query ProvenanceResentSources($k: NonEmptyString!) {
          recordSources(type: PERSON, key: $k) {
            edges {
              node {
                id
                agencyOri
                holdsValues
              }
            }
          }
        }
      `),
      { k: String(person.id) },
      [Role.ANALYST],
    );
    const sources = told.data!.recordSources.edges.map((e) => e.node);
    expect(sources).toHaveLength(3);
    expect(sources.filter((x) => x.holdsValues)).toEqual([{ id: created.sourceId, agencyOri: ori, holdsValues: true }]);
    expect(sources.find((x) => x.id === resent.sourceId)).toMatchObject({ agencyOri: other, holdsValues: false });
    const open = await app.gql(CONFLICTS, { o: other, recordType: null, status: 'OPEN' }, [Role.SUPERVISOR]);
    const mine = open.data!.conflicts.edges.map((e) => e.node).filter((c) => c.key === person.id || c.key === scene.id);
    expect(mine.map((c) => [c.key, c.field, c.currentValue, c.currentOri, c.incomingOri, c.kept]).sort()).toEqual(
      [
        [person.id, 'address', person.address, ori, other, 'CURRENT'],
        [scene.id, 'address', scene.address, ori, other, 'CURRENT'],
      ].sort(),
    );
  });
});
