import { describe, expect, it } from 'vitest';
import { analysedCaseFile, networksHolding, strawBuyersOf } from './case-reads.js';
import { gunPath, philadelphians, philadelphiaWorld, worldRecords } from './case-records.js';

// A hand-written case on top of the demo data, as import records (not by the generator): two
// straw buyers of one ring with nothing on record between them, each buying enough guns that
// police recover from strangers within months to be flagged on his own, at one store in the
// same months (ATF, Following the Gun, 2000: straw purchasers sent to the same dealers; NFCTA
// vol. III). A third such buyer used the same store two years earlier. Dates, places and sizes
// are this file's own, independent of the generator's parameter ranges.
const w = philadelphiaWorld('PAIR', '07', '133', { serialPrefix: 'PR', make: 'Pair', model: 'P7' });
const { id, store: STORE } = w;
const person = philadelphians(w, 'Pair', 'Spruce St', 300);
const plusDays = (iso: string, d: number) => new Date(Date.parse(iso) + d * 86_400_000).toISOString().slice(0, 10);

/** Three handguns over two visits (a multiple sale, then one more), each recovered from a different stranger within a year. */
const buyerGuns = (buyer: string, first: string, second: string) =>
  [first, first, second].flatMap((soldOn, n) => gunPath(w, `${buyer}${n}`, buyer, soldOn, `${buyer}H${n}`, plusDays(soldOn, 70 + 40 * n)));

const BUYERS = { U1: ['2025-02-03', '2025-03-17'], U2: ['2025-05-12', '2025-06-30'], U3: ['2022-09-05', '2022-10-24'] } as const;
const records = [
  ...worldRecords(w, 'PAIR'),
  ...Object.keys(BUYERS).flatMap((b, i) => [
    person(b, ['Milo', 'Ansel', 'Reid'][i]!, `199${i}-04-1${i}`),
    ...[0, 1, 2].map((n) => person(`${b}H${n}`, `Holder${i}${n}`, `198${n}-0${i + 1}-2${n}`)),
  ]),
  ...Object.entries(BUYERS).flatMap(([b, [first, second]]) => buyerGuns(b, first, second)),
];

const analysed = analysedCaseFile(records);

const buyersIn = strawBuyersOf;

describe('hand-written case: two straw buyers of one ring, nothing on record between them, at one store in the same months', () => {
  it('reports them as one network tied by the store, saying the dealer, the days and that no record ties them', () => {
    const nets = networksHolding(analysed.networks(), id('U1'));
    expect(nets).toHaveLength(1);
    expect(buyersIn(nets[0]!)).toEqual([id('U1'), id('U2')]);
    expect(nets[0]!.typology).toBe('DEALER_PURCHASE_CLUSTER');
    // U1's last purchase there (17 March) and U2's first (12 May) are 56 days apart.
    expect(nets[0]!.evidence).toContainEqual(expect.stringMatching(new RegExp(`bought guns at dealer ${STORE} 56 days apart .*no record ties them`)));
    const u2 = nets[0]!.members.edges.find((m) => m.node.personId === id('U2'))!.node;
    expect(u2.evidence).toContainEqual(expect.stringContaining(`within 56 days of ${id('U1')}, also flagged on their own evidence`));
  });

  it('leaves the buyer who used the store two years earlier in a network of his own', () => {
    const nets = networksHolding(analysed.networks(), id('U3'));
    expect(nets.map((n) => [n.typology, buyersIn(n)])).toEqual([['LONE_PROLIFIC_BUYER', [id('U3')]]]);
  });
});
