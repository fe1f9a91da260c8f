import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { RECORD_FIELDS } from '../../src/import/record.rules.js';
import type { RecordType } from '../../src/import/record.types.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/app.js';
import { unique } from '../security/support.js';
import { RUN, validRecords } from './fixtures.js';
import { ingest, INGEST, type Raw } from './import-api.js';
import { graphql } from '../generated/graphql/index.js';
import type { ImportRecordType } from '../generated/graphql/graphql.js';

/**
 * Property (fast-check, fixed seed, bounded runs): for every record type, a record made from a
 * valid one with up to two fields replaced by generated values is either accepted, and then every
 * API field that shows it reads back without an error, or rejected with BAD_USER_INPUT naming
 * fields of that record. A value the API cannot represent (a 0.97 lead score) can never be accepted.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const tag = `PR${RUN}${unique()}`;
const base = validRecords(tag) as unknown as Raw[];
const of = (t: string, i = 0) => base.filter((r) => r.type === t)[i]!;
const gunId = String(of('firearm').id);
const buyerId = String(of('person').id);
let n = 0;
const fresh = (k: string) => `IMPTEST-${tag}-${k}${++n}`;

const READ_AGENCY = graphql(`
  query PropertyAgency($k: NonEmptyString!) {
    agency(ori: $k) {
      ori
      name
      state
      city
      nibinPartner
    }
  }
`);
const READ_FFL = graphql(`
  query PropertyFfl($k: NonEmptyString!) {
    ffl(license: $k) {
      license
      name
      licenseType
      premisesAddress
      city
      state
      location {
        latitude
        longitude
      }
    }
  }
`);
const READ_PERSON = graphql(`
  query PropertyPerson($k: NonEmptyString!) {
    person(id: $k) {
      id
      firstName
      lastName
      dateOfBirth
      address
      city
      state
    }
  }
`);
const READ_FIREARM = graphql(`
  query PropertyFirearm($k: NonEmptyString!) {
    firearm(id: $k) {
      id
      serial
      serialObliterated
      make
      model
      caliber
      kind
      manufacturer {
        name
      }
      traceChain {
        timeToCrimeDays
        inconsistency
      }
    }
  }
`);
const READ_SCENE = graphql(`
  query PropertyScene($k: NonEmptyString!) {
    scene(id: $k) {
      id
      occurredAt
      kind
      address
      city
      state
      location {
        latitude
        longitude
      }
      agency {
        ori
      }
    }
  }
`);
const READ_CASING = graphql(`
  query PropertyCasing($k: NonEmptyString!) {
    casing(evidenceId: $k) {
      evidenceId
      caliber
      recoveredAt
      submittedToNibinAt
      testFire
      scene {
        id
      }
      firearm {
        id
      }
    }
  }
`);
const READ_SALE = graphql(`
  query PropertySale($k: NonEmptyString!) {
    person(id: $k) {
      purchases(first: 100) {
        edges {
          node {
            id
            soldOn
            multipleSale
          }
        }
      }
    }
  }
`);
const READ_RECOVERY = graphql(`
  query PropertyRecovery($k: NonEmptyString!) {
    firearm(id: $k) {
      recoveries {
        id
        recoveredOn
        address
        location {
          latitude
        }
        timeToCrimeDays
        timeToCrimeIndicator
      }
      traceChain {
        timeToCrimeIndicator
        inconsistency
      }
    }
  }
`);
const READ_TRACE = graphql(`
  query PropertyTrace($k: NonEmptyString!) {
    firearm(id: $k) {
      traceChain {
        recoveries {
          traces {
            id
            requestedAt
            completedAt
            outcome
            dealerRequestedAt
            dealerRespondedAt
            timeToCrimeDays
          }
        }
      }
    }
  }
`);
const READ_LEAD = graphql(`
  query PropertyLead($k: NonEmptyString!, $c: NonEmptyString!) {
    lead(id: $k) {
      id
      score
      status
      correlatedAt
      reviewedAt
      casings {
        evidenceId
      }
    }
    casing(evidenceId: $c) {
      leads {
        id
        score
      }
    }
  }
`);
const READ_THEFT = graphql(`
  query PropertyTheft($k: NonEmptyString!) {
    firearm(id: $k) {
      theftReports(first: 100) {
        edges {
          node {
            id
            kind
            occurredOn
            reportedAt
            reportingAgency {
              ori
            }
            reportingFfl {
              license
            }
          }
        }
      }
    }
  }
`);

/** A valid record of each type with a new key, and the read that shows it (as a role allowed to see it). */
const SHOWN: Partial<Record<RecordType, { make: () => Raw; read: (r: Raw) => Promise<GqlResult<unknown>> }>> = {
  agency: {
    make: () => ({ ...of('agency'), ori: `NJ${String(10_000_000 + (++n % 9_000_000)).slice(1)}` }),
    read: (r) => app.gql(READ_AGENCY, { k: r.ori as string }, [Role.ANALYST]),
  },
  ffl: {
    make: () => ({ ...of('ffl'), license: `8-23-101-01-7C-${String(10_000 + (++n % 89_999)).padStart(5, '0')}` }),
    read: (r) => app.gql(READ_FFL, { k: r.license as string }, [Role.ANALYST]),
  },
  person: {
    make: () => ({ ...of('person'), id: fresh('P') }),
    read: (r) => app.gql(READ_PERSON, { k: r.id as string }, [Role.INVESTIGATOR]),
  },
  firearm: {
    make: () => ({ ...of('firearm'), id: fresh('F') }),
    read: (r) => app.gql(READ_FIREARM, { k: r.id as string }, [Role.ANALYST]),
  },
  scene: {
    make: () => ({ ...of('scene'), id: fresh('S') }),
    read: (r) => app.gql(READ_SCENE, { k: r.id as string }, [Role.ANALYST]),
  },
  casing: {
    make: () => ({ ...of('casing'), evidenceId: fresh('E'), recoveredAt: '2025-03-15T03:00:00Z', firedFromFirearmId: null, firedFromConfirmedAt: null }),
    read: (r) => app.gql(READ_CASING, { k: r.evidenceId as string }, [Role.ANALYST]),
  },
  sale: {
    make: () => ({ ...of('sale'), id: fresh('SA') }),
    read: () => app.gql(READ_SALE, { k: buyerId }, [Role.INVESTIGATOR]),
  },
  recovery: {
    make: () => ({ ...of('recovery'), id: fresh('R'), recoveredOn: '2025-04-03', sceneId: null, possessorId: null }),
    read: () => app.gql(READ_RECOVERY, { k: gunId }, [Role.ANALYST]),
  },
  trace: {
    make: () => ({ ...of('trace'), id: fresh('T') }),
    read: () => app.gql(READ_TRACE, { k: gunId }, [Role.ANALYST]),
  },
  lead: {
    make: () => ({ ...of('lead'), id: fresh('L') }),
    read: (r) => app.gql(READ_LEAD, { k: r.id as string, c: r.casingA as string }, [Role.ANALYST]),
  },
  theft: {
    make: () => ({ ...of('theft'), id: fresh('TH') }),
    read: () => app.gql(READ_THEFT, { k: gunId }, [Role.ANALYST]),
  },
};
const TYPES = Object.keys(SHOWN) as RecordType[];

/** Values a sender might put in any field: valid-looking and broken ones alike. */
const anyValue = fc.oneof(
  fc.constantFrom(
    null,
    '',
    '  ',
    0,
    -1,
    0.97,
    55,
    100,
    101,
    91.5,
    true,
    'ZZ',
    'NJ0071700',
    '2025-02-30',
    '2099-01-01',
    '1990-01-01',
    '2025-04-03',
    '2025-04-03T10:00:00Z',
    '2025-01-01T00:00:00',
    '2024-12-31T23:00:00-05:00',
    'x'.repeat(600),
    'PISTOL',
    'COMPLETED',
    'CONFIRMED',
    'FFL_LOSS',
  ),
  fc.integer({ min: -5, max: 150 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.string({ maxLength: 12 }),
);

describe('importRecords: accepted records read back, rejected ones name their fields (property)', () => {
  beforeAll(async () => {
    const res = await ingest(app, base);
    expect(res.errors).toBeUndefined();
  });

  it('holds for generated records of every type', async () => {
    const record = fc
      .constantFrom(...TYPES)
      .chain((type) => fc.tuple(fc.constant(type), fc.subarray(RECORD_FIELDS[type], { maxLength: 2 }), fc.array(anyValue, { minLength: 2, maxLength: 2 })));
    await fc.assert(
      fc.asyncProperty(record, async ([type, fields, values]) => {
        const shown = SHOWN[type]!;
        const r = shown.make();
        fields.forEach((f, i) => (r[f] = values[i]));
        const { type: _t, ...rest } = r;
        const sent = await app.gql(INGEST, { records: [{ type: type.toUpperCase() as ImportRecordType, fields: rest }] }, [Role.INGEST]);
        const names = new Set(RECORD_FIELDS[type]);
        if (sent.errors) {
          expect(sent.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
          const problems = (sent.errors[0]!.extensions?.problems ?? []) as Array<{ field: string }>;
          expect(problems.length).toBeGreaterThan(0);
          for (const p of problems) expect(names.has(p.field), `${type}.${p.field}`).toBe(true);
          return;
        }
        if (type === 'lead') expect(Number.isInteger(r.score)).toBe(true);
        const read = await shown.read(r);
        expect(read.errors, JSON.stringify({ type, r, errors: read.errors })).toBeUndefined();
      }),
      { seed: 42, numRuns: 50, endOnFailure: true },
    );
  });
});
