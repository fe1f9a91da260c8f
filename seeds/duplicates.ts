import type { Faker } from '@faker-js/faker';
import type { GraphRecord, PersonRecord } from '../src/import/record.types.js';
import type { Prng } from './prng.js';
import type { RecordSink } from './record-sink.js';

/** Share of background people entered twice (another agency's or dealer's record of the same person). */
export const DUPLICATE_PERSON_SHARE = 0.015;

/** One planted duplicate: the same person entered a second time by another source, and how the entry differs. */
export interface PlantedDuplicate {
  originalId: string;
  duplicateId: string;
  variations: string[];
}

/**
 * Nicknames clerks and suspects give (a generator-side list; the resolver has no nickname table
 * and must cope through its other evidence, as it would with names nobody listed).
 */
const NICKNAMES: Record<string, string> = {
  Robert: 'Bob',
  William: 'Bill',
  Richard: 'Dick',
  James: 'Jim',
  Michael: 'Mike',
  Elizabeth: 'Liz',
  Katherine: 'Kate',
  Margaret: 'Peggy',
  Jennifer: 'Jen',
  Christopher: 'Chris',
  Anthony: 'Tony',
  Joseph: 'Joe',
  Thomas: 'Tom',
  Charles: 'Chuck',
  Daniel: 'Dan',
  Matthew: 'Matt',
  Patricia: 'Pat',
  Steven: 'Steve',
  Edward: 'Ted',
  Jonathan: 'Jon',
  Rebecca: 'Becky',
  Susan: 'Sue',
  Deborah: 'Debbie',
  Alexander: 'Alex',
  Benjamin: 'Ben',
  Nicholas: 'Nick',
  Samantha: 'Sam',
  Victoria: 'Vicky',
  Timothy: 'Tim',
  Gregory: 'Greg',
};

/** One keyboard-style slip: a letter replaced, dropped, doubled, or two swapped. */
function typo(rng: Prng, word: string): string {
  if (word.length < 3) return word + word.at(-1);
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + rng.pick([...'aeiourstnl']) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
}

const validDate = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y > 1900 && y < 2010;
};
const iso = (digits: string) => `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;

function varyDate(rng: Prng, dob: string): { value: string; variation: string } | null {
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  const kind = rng.int(0, 2);
  if (kind === 0 && d <= 12 && d !== m)
    return { value: `${y}-${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}`, variation: 'DOB_DAY_MONTH_SWAPPED' };
  const digits = dob.replace(/-/g, '');
  for (let tries = 0; tries < 10; tries++) {
    const i = rng.int(2, 6);
    const next =
      kind === 1 ? digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2) : digits.slice(0, i) + String(rng.int(0, 9)) + digits.slice(i + 1);
    const v = iso(next);
    if (next !== digits && validDate(Number(next.slice(0, 4)), Number(next.slice(4, 6)), Number(next.slice(6, 8)))) {
      return { value: v, variation: kind === 1 ? 'DOB_DIGITS_TRANSPOSED' : 'DOB_DIGIT_MISTYPED' };
    }
  }
  return null;
}

export type VariedField = 'first' | 'last' | 'dob' | 'address';

/**
 * A second record of `p` as another agency or dealer might have entered it: one to three fields
 * differ (drawn, unless `fields` names them).
 */
export function varyPerson(
  rng: Prng,
  faker: Faker,
  p: PersonRecord,
  id: string,
  fields: VariedField[] = rng.sample<VariedField>(['first', 'last', 'dob', 'address'], rng.int(1, 3)),
): { record: PersonRecord; variations: string[] } {
  const r: PersonRecord = { ...p, id };
  const variations: string[] = [];
  for (const f of fields) {
    if (f === 'first') {
      const nick = NICKNAMES[p.firstName];
      const kind = nick && rng.chance(0.5) ? 'nick' : rng.pick(['middle', 'initial', 'typo']);
      if (kind === 'nick') r.firstName = nick!;
      else if (kind === 'middle') r.firstName = `${p.firstName} ${faker.string.alpha({ length: 1, casing: 'upper' })}.`;
      else if (kind === 'initial') r.firstName = `${p.firstName[0]}.`;
      else r.firstName = typo(rng, p.firstName);
      variations.push({ nick: 'NICKNAME', middle: 'MIDDLE_INITIAL', initial: 'FIRST_INITIAL_ONLY', typo: 'FIRST_NAME_TYPO' }[kind]!);
    } else if (f === 'last') {
      r.lastName = rng.chance(0.2) ? `${p.lastName} Jr.` : typo(rng, p.lastName);
      variations.push(r.lastName.endsWith('Jr.') ? 'LAST_NAME_SUFFIX' : 'LAST_NAME_TYPO');
    } else if (f === 'dob') {
      const v = varyDate(rng, p.dateOfBirth);
      if (v) {
        r.dateOfBirth = v.value;
        variations.push(v.variation);
      }
    } else if (rng.chance(0.6)) {
      r.address = faker.location.streetAddress();
      r.city = rng.chance(0.5) ? p.city : faker.location.city();
      variations.push('ADDRESS_MOVED');
    } else {
      r.address = `${p.address
        .replace(/\bStreet\b/, 'St')
        .replace(/\bAvenue\b/, 'Ave')
        .replace(/\bRoad\b/, 'Rd')} Apt ${rng.int(1, 40)}`;
      variations.push('ADDRESS_FORMAT');
    }
  }
  return { record: r, variations };
}

/**
 * Plants duplicate people after the background: a share of background people get a second
 * record (another source's entry of the same person) with realistic variations, linked to one
 * of the original's known associates when they have one (the same circle, seen by another
 * agency). Only new records are added, so every other planted truth stays as it was.
 */
export class DuplicatePlanter {
  private readonly chosen: PersonRecord[] = [];
  private readonly associates = new Map<string, string[]>();
  private readonly planted: PlantedDuplicate[] = [];

  constructor(
    private readonly rng: Prng,
    private readonly share: number,
  ) {}

  /** Sees every background record once, in generation order (deterministic). */
  observe(r: GraphRecord): void {
    if (r.type === 'person' && this.rng.chance(this.share)) {
      this.chosen.push(r);
      this.associates.set(r.id, []);
    } else if (r.type === 'association') {
      // Only the chosen people's circles are kept: memory grows with the duplicates, not the graph (scale L streams).
      this.associates.get(r.fromPersonId)?.push(r.toPersonId);
      this.associates.get(r.toPersonId)?.push(r.fromPersonId);
    }
  }

  plant(faker: Faker, sink: RecordSink, newId: () => string): void {
    for (const p of this.chosen) {
      const { record, variations } = varyPerson(this.rng, faker, p, newId());
      sink.add(record);
      const circle = this.associates.get(p.id);
      if (circle?.length) {
        sink.add({ type: 'association', fromPersonId: record.id, toPersonId: this.rng.pick(circle), source: 'FIELD_INTERVIEW', since: '2025-01-01' });
      }
      this.planted.push({ originalId: p.id, duplicateId: record.id, variations });
    }
  }

  truth(): PlantedDuplicate[] {
    return this.planted;
  }
}
