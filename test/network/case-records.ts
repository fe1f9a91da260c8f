/**
 * Hand-written trafficking cases as import records: one world per test file (its own run-derived
 * ids, store, agency and maker, so cases never land on seeded records), and the records of one
 * handgun's path from the store counter to a police recovery and its completed trace.
 */
export interface CaseWorld {
  id: (key: string) => string;
  run: string;
  store: string;
  ori: string;
  maker: string;
  /** Serial prefix, make and model of the world's handguns. */
  gun: { serialPrefix: string; make: string; model: string };
  /** Where the world's police recover guns. */
  recoveredAt: { address: string; city: string; state: string; latitude: number; longitude: number };
}

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** A handgun bought at the store by `buyer` on `soldOn`, recovered from `holder` on `recoveredOn`, traced back to the sale. */
export function gunPath(w: CaseWorld, k: string, buyer: string, soldOn: string, holder: string, recoveredOn: string, ttc = days(soldOn, recoveredOn)) {
  const { id } = w;
  return [
    {
      type: 'firearm',
      id: id(`FA${k}`),
      serial: `${w.gun.serialPrefix}${w.run}${k}`,
      serialObliterated: false,
      make: w.gun.make,
      model: w.gun.model,
      caliber: '9mm Luger',
      kind: 'PISTOL',
      manufacturer: w.maker,
    },
    { type: 'sale', id: id(`SA${k}`), fflLicense: w.store, firearmId: id(`FA${k}`), purchaserId: id(buyer), soldOn, multipleSale: false },
    {
      type: 'recovery',
      id: id(`RC${k}`),
      firearmId: id(`FA${k}`),
      recoveredOn,
      ...w.recoveredAt,
      agencyOri: w.ori,
      sceneId: null,
      possessorId: id(holder),
    },
    {
      type: 'trace',
      id: id(`T${k}`),
      agencyOri: w.ori,
      recoveryId: id(`RC${k}`),
      requestedAt: `${recoveredOn}T15:00:00.000Z`,
      completedAt: `${recoveredOn}T23:00:00.000Z`,
      outcome: 'COMPLETED',
      dealerRequestedAt: `${recoveredOn}T16:00:00.000Z`,
      dealerRespondedAt: `${recoveredOn}T18:00:00.000Z`,
      timeToCrimeDays: ttc,
      resolvedDealerLicense: w.store,
      resolvedPurchaserId: id(buyer),
    },
  ];
}

/** The date `offset` days after `from` (both `YYYY-MM-DD`). */
export const dayAfter = (offset: number, from: string) => new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A receiver (RECV) holding two guns each of two buyers (A1, A2) sent to the world's store within
 * weeks of `from` and found with him 120 days after each sale (a receiver hub, NFCTA vol. III).
 */
export function oneStoreReceiver(w: CaseWorld, person: (k: string) => Record<string, unknown>, from: string) {
  const guns: Array<[string, number]> = [
    ['A1', 0],
    ['A1', 30],
    ['A2', 10],
    ['A2', 50],
  ];
  return [
    person('RECV'),
    person('A1'),
    person('A2'),
    ...guns.flatMap(([buyer, offset], k) => gunPath(w, `R${k}`, buyer, dayAfter(offset, from), 'RECV', dayAfter(offset + 120, from))),
  ];
}

/** A handgun bought at the store that police never recovered: only the firearm and its sale are on record. */
export function saleOnly(w: CaseWorld, k: string, buyer: string, soldOn: string) {
  const [firearm, sale] = gunPath(w, k, buyer, soldOn, buyer, soldOn);
  return [firearm!, sale!];
}

/**
 * People of one world, each at their own number on `street` in Philadelphia, with the surname
 * `<surname><key><run>`: one factory per test file, so two files' people never look alike.
 */
export function philadelphians(w: CaseWorld, surname: string, street: string, firstHouse: number) {
  let house = firstHouse;
  return (k: string, firstName: string, dateOfBirth: string) => ({
    type: 'person',
    id: w.id(k),
    firstName,
    lastName: `${surname}${k}${w.run}`,
    dateOfBirth,
    address: `${house++} ${street}`,
    city: 'Philadelphia',
    state: 'PA',
  });
}

/**
 * People of one test file living anywhere: the n-th person made gets the n-th first name (cycling),
 * a surname of `surname`, key and run (so person resolution never takes two of them for one), a
 * date of birth spread over `years` from `fromYear`, and a house on one of two streets.
 */
export function casePeople(
  w: Pick<CaseWorld, 'id' | 'run'>,
  o: { firstNames: readonly string[]; surname: string; streets: [string, string]; fromYear: number; years: number; firstHouse: number; houseStep: number },
) {
  let made = 0;
  const two = (v: number) => String(v).padStart(2, '0');
  return (k: string, home: { city: string; state: string }) => {
    const n = made++;
    return {
      type: 'person',
      id: w.id(k),
      firstName: o.firstNames[n % o.firstNames.length]!,
      lastName: `${o.surname}${k}${w.run}`,
      dateOfBirth: `${o.fromYear + ((n * 7) % o.years)}-${two(1 + ((n * 5) % 12))}-${two(1 + ((n * 11) % 28))}`,
      address: `${o.firstHouse + o.houseStep * n} ${o.streets[n % 2]}`,
      city: home.city,
      state: home.state,
    };
  };
}

/**
 * A Philadelphia world for one test file: ids `<PREFIX>-<run>-<key>`, one agency (ORI ending in
 * `oriSuffix`) and one store (county `county`, so two files' licences never meet), named by the
 * prefix and the run.
 */
export function philadelphiaWorld(prefix: string, oriSuffix: string, county: string, gun: CaseWorld['gun']): CaseWorld {
  const run = Date.now().toString(36).toUpperCase().slice(-6);
  const digits = String(Number.parseInt(run, 36) % 100_000).padStart(5, '0');
  return {
    id: (k: string) => `${prefix}-${run}-${k}`,
    run,
    store: `8-23-${county}-01-7C-${digits}`,
    ori: `PA${digits}${oriSuffix}`,
    maker: `${prefix} ${run} Arms`,
    gun,
    recoveredAt: { address: '90 Broad St', city: 'Philadelphia', state: 'PA', latitude: 39.95, longitude: -75.16 },
  };
}

/** The world's maker, police agency and store, as import records. */
export function worldRecords(w: CaseWorld, prefix: string) {
  return [
    { type: 'manufacturer', name: w.maker, kind: 'MANUFACTURER', country: 'US' },
    { type: 'agency', ori: w.ori, name: `${prefix} ${w.run} Police`, state: 'PA', city: 'Philadelphia', nibinPartner: true },
    {
      type: 'ffl',
      license: w.store,
      name: `${prefix} ${w.run} Firearms`,
      licenseType: '01',
      premisesAddress: '5 Vine St',
      city: 'Philadelphia',
      state: 'PA',
      latitude: 39.95,
      longitude: -75.16,
    },
  ];
}

// First names far apart from each other: people alike in all but a character or two are proposed
// as one person by person resolution, and records that may be one person tie nobody.
const HEADS = ['Al', 'Be', 'Cor', 'Dun', 'Es', 'Fio', 'Gus', 'Hal', 'Ing', 'Jor'];
const TAILS = ['ton', 'rietta', 'mir', 'dell', 'vina', 'nora', 'rick', 'lynne', 'zo'];

/**
 * Many people of one world who never look alike: each a first name and a date of birth far from
 * everyone else's, the surname `<surname><key><run>`, each at their own number on `street`.
 */
export function distinctPeople(w: CaseWorld, surname: string, street: string) {
  let made = 0;
  const { city, state } = w.recoveredAt;
  return (k: string) => {
    const n = made++;
    return {
      type: 'person',
      id: w.id(k),
      firstName: `${HEADS[n % HEADS.length]}${TAILS[n % TAILS.length]}`,
      lastName: `${surname}${k}${w.run}`,
      dateOfBirth: `${1950 + ((n * 7) % 50)}-${String(1 + ((n * 5) % 12)).padStart(2, '0')}-${String(1 + ((n * 11) % 28)).padStart(2, '0')}`,
      address: `${300 + n} ${street}`,
      city,
      state,
    };
  };
}

/** A retail store (licence type 01) of the world, the `n`-th on its main street, named by the world's prefix and run. */
export function storeRecord(w: CaseWorld, prefix: string, license: string, name: string, n: number, street: string) {
  const { city, state, latitude, longitude } = w.recoveredAt;
  return {
    type: 'ffl',
    license,
    name: `${prefix} ${w.run} ${name}`,
    licenseType: '01',
    premisesAddress: `${n + 1} ${street}`,
    city,
    state,
    latitude,
    longitude,
  };
}

/**
 * A world of many stores for one test file: ids `<PREFIX>-<run>-<key>`, stores
 * `<licencePrefix>-<sequence>` numbered from the run (`storeOf(i)`; the world's own store is
 * number 999), one agency in the state police recover guns in (ORI ending in `oriSuffix`).
 */
export function manyStoreWorld(prefix: string, licencePrefix: string, oriSuffix: string, gun: CaseWorld['gun'], recoveredAt: CaseWorld['recoveredAt']) {
  const run = Date.now().toString(36).toUpperCase().slice(-6);
  const digits = String(Number.parseInt(run, 36) % 100_000).padStart(5, '0');
  const storeOf = (i: number) => `${licencePrefix}-${String((Number(digits) + i) % 100_000).padStart(5, '0')}`;
  const w: CaseWorld = {
    id: (k: string) => `${prefix}-${run}-${k}`,
    run,
    store: storeOf(999),
    ori: `${recoveredAt.state}${digits}${oriSuffix}`,
    maker: `${prefix} ${run} Arms`,
    gun,
    recoveredAt,
  };
  return { w, storeOf, atStore: (i: number): CaseWorld => ({ ...w, store: storeOf(i) }) };
}
