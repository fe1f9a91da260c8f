import { describe, expect, it } from 'vitest';
import { networksHolding, offAndOnCase, strawBuyersOf, type CaseNetwork } from './case-reads.js';
import { distinctPeople, gunPath, manyStoreWorld, storeRecord } from './case-records.js';

// A hand-written case on top of the demo data, as import records (not by the generator): a dense
// field-contact file. Seventy-two acquaintances, each bought one handgun at a store of their own
// in one year, and each gun turned up with a stranger more than a year later: nothing ties them
// but the contact records, which a street-level file holds for most people police meet. Beside
// them, a recruiter's four one-time buyers, all sent to one store within weeks, their guns
// recovered within months (ATF, Following the Gun, 2000). In Ohio: no other case file buys there.
const { w, storeOf, atStore } = manyStoreWorld(
  'DENSE',
  '4-31-035-01-7C',
  '11',
  { serialPrefix: 'DN', make: 'Dense', model: 'D4' },
  {
    address: '601 Lakeside Ave',
    city: 'Cleveland',
    state: 'OH',
    latitude: 41.5,
    longitude: -81.69,
  },
);
const { id } = w;
const person = distinctPeople(w, 'Dense', 'Euclid Ave');
const store = (license: string, name: string, n: number) => storeRecord(w, 'DENSE', license, name, n, 'Superior Ave');
const ACQUAINTANCES = 72;
const day = (offset: number, from = '2024-06-03') => new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

const acquaintance = (i: number) => `C${i}`;
// Eighty contact records among them and the strangers who held their guns, spread as a
// street-level file spreads them (about one per person, no pattern): chance links, chains of a few.
const PEOPLE = 2 * ACQUAINTANCES;
const personKey = (n: number) => (n < ACQUAINTANCES ? acquaintance(n) : `CH${n - ACQUAINTANCES}`);
const contacts = Array.from({ length: 80 }, (_, k) => [(k * 7 + 3) % PEOPLE, (k * 13 + 17 + Math.floor(k / 3)) % PEOPLE]).filter(([a, b]) => a !== b);

const records = [
  { type: 'manufacturer', name: w.maker, kind: 'MANUFACTURER', country: 'US' },
  { type: 'agency', ori: w.ori, name: `DENSE ${w.run} Police`, state: 'OH', city: 'Cleveland', nibinPartner: true },
  store(w.store, 'Outfitters', 999),
  ...Array.from({ length: ACQUAINTANCES }, (_, i) => store(storeOf(i), `Store ${i}`, i)),
  ...Array.from({ length: ACQUAINTANCES }, (_, i) => person(acquaintance(i))),
  ...Array.from({ length: ACQUAINTANCES }, (_, i) => person(`CH${i}`)),
  ...contacts.map(([a, b]) => ({
    type: 'association',
    fromPersonId: id(personKey(a!)),
    toPersonId: id(personKey(b!)),
    source: 'FIELD_INTERVIEW',
    since: '2023-03-01',
  })),
  ...Array.from({ length: ACQUAINTANCES }, (_, i) =>
    gunPath(atStore(i), `C${i}`, acquaintance(i), day(i * 5), `CH${i}`, day(i * 5 + 380 + (i % 5) * 20)),
  ).flat(),
  person('RK'),
  ...['R1', 'R2', 'R3', 'R4'].flatMap((b, i) => [
    person(b),
    person(`RH${i}`),
    { type: 'association', fromPersonId: id(b), toPersonId: id('RK'), source: 'FIELD_INTERVIEW', since: '2024-10-01' },
    ...gunPath(w, `R${i}`, b, day(i * 9, '2025-09-01'), `RH${i}`, day(i * 9 + 90 + i * 20, '2025-09-01')),
  ]),
];

const run = offAndOnCase(records, { recordTieFalseDiscoveryRate: 0 });

const acquaintancesIn = (nets: CaseNetwork[]) =>
  Array.from({ length: ACQUAINTANCES }, (_, i) => networksHolding(nets, id(acquaintance(i)))).filter((n) => n.length > 0).length;
const recruitNetwork = (nets: CaseNetwork[]) => networksHolding(nets, id('R1'));
const buyers = strawBuyersOf;

describe('hand-written case: a dense field-contact file beside a recruiter’s one-store crew', () => {
  it('with the null switched off, reports the acquaintances as a network: the contact records alone tie them', () => {
    expect(acquaintancesIn(run.off)).toBeGreaterThan(2);
  });

  it('measures how many such groups random pairing of the same records makes, and asks them for shared stores', () => {
    const line = run.log.find((m) => m.includes('groups tied only by association records'));
    expect(line, run.log.join('\n')).toMatch(/level [1-4] used/);
    expect(acquaintancesIn(run.on)).toBe(0);
  });

  it('still reports the recruiter’s four buyers at one store as one network, the recruiter as broker', () => {
    for (const nets of [run.off, run.on]) {
      const [net] = recruitNetwork(nets);
      expect(net, 'the recruiter crew is not reported').toBeDefined();
      expect(buyers(net!)).toEqual(['R1', 'R2', 'R3', 'R4'].map(id).sort());
      expect(net!.members.edges.find((e) => e.node.personId === id('RK'))?.node.role).toBe('BROKER');
    }
  });
});
