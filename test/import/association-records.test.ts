import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { unique } from '../security/support.js';
import { graphql } from '../generated/graphql/index.js';
import { RUN } from './fixtures.js';
import { ingest, type Raw } from './import-api.js';

/**
 * Two people can be named by two association records, one in each direction, from different
 * sources: both are on file and both are read back through Person.associates (accepted data can
 * always be read back), the associate's own `source` and `since` being the earliest record's.
 */
const ASSOCIATES = graphql(`
  query AssociationRecordsOfPerson($id: NonEmptyString!) {
    person(id: $id) {
      associates(first: 10) {
        totalCount
        edges {
          node {
            source
            since
            person {
              id: personId
            }
            records {
              fromPersonId
              toPersonId
              source
              since
            }
          }
        }
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('association records in both directions', () => {
  const tag = `AS${RUN}${unique()}`;
  const id = (kind: string) => `IMPTEST-${tag}-${kind}`;
  const person = (key: string, firstName: string): Raw => ({
    type: 'person',
    id: id(key),
    firstName,
    lastName: 'Assoc',
    dateOfBirth: '1990-01-02',
    address: '2 Elm St',
    city: 'Philadelphia',
    state: 'PA',
  });

  it('reads back both records of a pair, earliest first, from either person', async () => {
    const res = await ingest(app, [
      person('P1', 'Ana'),
      person('P2', 'Bo'),
      { type: 'association', fromPersonId: id('P1'), toPersonId: id('P2'), source: 'FIELD_INTERVIEW', since: '2024-01-01' },
      { type: 'association', fromPersonId: id('P2'), toPersonId: id('P1'), source: 'ARREST_REPORT', since: '2023-01-01' },
    ]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importRecords.created).toBe(4);

    const expected = [
      { fromPersonId: id('P2'), toPersonId: id('P1'), source: 'ARREST_REPORT', since: '2023-01-01' },
      { fromPersonId: id('P1'), toPersonId: id('P2'), source: 'FIELD_INTERVIEW', since: '2024-01-01' },
    ];
    for (const [me, other] of [
      [id('P1'), id('P2')],
      [id('P2'), id('P1')],
    ]) {
      const read = await app.gql(ASSOCIATES, { id: me! }, [Role.INVESTIGATOR]);
      expect(read.errors).toBeUndefined();
      const page = read.data!.person!.associates;
      expect(page.totalCount).toBe(1);
      const [edge] = page.edges;
      expect(edge!.node.person.id).toBe(other);
      expect(edge!.node.records).toEqual(expected);
      expect({ source: edge!.node.source, since: edge!.node.since }).toEqual({ source: 'ARREST_REPORT', since: '2023-01-01' });
    }
  });
});
