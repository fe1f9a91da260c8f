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
