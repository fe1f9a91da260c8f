/**
 * The guns planted cases buy, and the names of the people who buy and hold them. The models are
 * common retail models; trafficking cases favour inexpensive semi-automatic pistols in 9mm, .380
 * and .40 (the calibers and makes that lead ATF's annual trace data by manufacturer and caliber),
 * lawful collectors a wider spread including revolvers and long guns.
 */
import type { Caliber } from '../../src/model/records/calibers.js';
import type { FirearmKindValue } from '../../src/model/records/enums.js';
import type { Random } from './random.js';

export interface GunModel {
  make: string;
  model: string;
  caliber: Caliber;
  kind: FirearmKindValue;
  manufacturer: string;
  /** Manufacturer or importer, and its country, for the manufacturer record. */
  makerKind: 'MANUFACTURER' | 'IMPORTER';
  country: string;
}

const m = (
  make: string,
  model: string,
  caliber: Caliber,
  kind: FirearmKindValue,
  manufacturer: string,
  makerKind: 'MANUFACTURER' | 'IMPORTER' = 'MANUFACTURER',
  country = 'US',
): GunModel => ({ make, model, caliber, kind, manufacturer, makerKind, country });

/** Cheap, concealable pistols: the bulk of what straw rings buy in press-release case counts. */
export const STREET_PISTOLS: readonly GunModel[] = [
  m('Glock', '19', '9mm Luger', 'PISTOL', 'Glock Inc.', 'IMPORTER', 'AT'),
  m('Glock', '17', '9mm Luger', 'PISTOL', 'Glock Inc.', 'IMPORTER', 'AT'),
  m('Glock', '23', '.40 S&W', 'PISTOL', 'Glock Inc.', 'IMPORTER', 'AT'),
  m('Taurus', 'G2C', '9mm Luger', 'PISTOL', 'Taurus International', 'IMPORTER', 'BR'),
  m('Taurus', 'PT111', '9mm Luger', 'PISTOL', 'Taurus International', 'IMPORTER', 'BR'),
  m('Hi-Point', 'C9', '9mm Luger', 'PISTOL', 'Beemiller Inc.'),
  m('Hi-Point', 'JCP', '.40 S&W', 'PISTOL', 'Beemiller Inc.'),
  m('SCCY', 'CPX-2', '9mm Luger', 'PISTOL', 'SCCY Industries'),
  m('Smith & Wesson', 'M&P Shield', '9mm Luger', 'PISTOL', 'Smith & Wesson'),
  m('Smith & Wesson', 'SD40 VE', '.40 S&W', 'PISTOL', 'Smith & Wesson'),
  m('Ruger', 'LCP', '.380 ACP', 'PISTOL', 'Sturm, Ruger & Co.'),
  m('Ruger', 'Security-9', '9mm Luger', 'PISTOL', 'Sturm, Ruger & Co.'),
  m('Kel-Tec', 'P-11', '9mm Luger', 'PISTOL', 'Kel-Tec CNC Industries'),
  m('Springfield Armory', 'Hellcat', '9mm Luger', 'PISTOL', 'Springfield Armory'),
  m('FN', 'Five-seveN', '5.7x28mm', 'PISTOL', 'FN America'),
];

/** What lawful owners also buy: revolvers, full-size pistols and long guns. */
export const SPORTING_GUNS: readonly GunModel[] = [
  m('Ruger', 'GP100', '.357 Magnum', 'REVOLVER', 'Sturm, Ruger & Co.'),
  m('Smith & Wesson', 'Model 686', '.357 Magnum', 'REVOLVER', 'Smith & Wesson'),
  m('Smith & Wesson', 'Model 642', '.38 Special', 'REVOLVER', 'Smith & Wesson'),
  m('Colt', 'Government 1911', '.45 ACP', 'PISTOL', "Colt's Manufacturing"),
  m('Sig Sauer', 'P320', '9mm Luger', 'PISTOL', 'Sig Sauer'),
  m('Ruger', 'Mark IV', '.22 LR', 'PISTOL', 'Sturm, Ruger & Co.'),
  m('Ruger', '10/22', '.22 LR', 'RIFLE', 'Sturm, Ruger & Co.'),
  m('Remington', '870', '12 gauge', 'SHOTGUN', 'Remington Arms'),
  m('Mossberg', '500', '12 gauge', 'SHOTGUN', 'O.F. Mossberg & Sons'),
  m('Savage', '110', '.308 Winchester', 'RIFLE', 'Savage Arms'),
  m('Smith & Wesson', 'M&P15', '5.56x45mm NATO', 'RIFLE', 'Smith & Wesson'),
  m('Winchester', 'Model 70', '.30-06 Springfield', 'RIFLE', 'Winchester Repeating Arms'),
];

/** Rifles that appear in trafficking cases toward border or gang markets (AK-pattern and AR-pattern). */
export const TRAFFICKED_RIFLES: readonly GunModel[] = [
  m('Century Arms', 'WASR-10', '7.62x39mm', 'RIFLE', 'Century International Arms', 'IMPORTER', 'RO'),
  m('Palmetto State Armory', 'PA-15', '5.56x45mm NATO', 'RIFLE', 'Palmetto State Armory'),
  m('Smith & Wesson', 'M&P15', '5.56x45mm NATO', 'RIFLE', 'Smith & Wesson'),
];

/** A duty pistol police departments trade in by the hundred (.40 S&W departments moved to 9mm from about 2015). */
export const DUTY_PISTOLS: readonly GunModel[] = [
  m('Glock', '22', '.40 S&W', 'PISTOL', 'Glock Inc.', 'IMPORTER', 'AT'),
  m('Smith & Wesson', 'M&P40', '.40 S&W', 'PISTOL', 'Smith & Wesson'),
  m('Sig Sauer', 'P229', '.40 S&W', 'PISTOL', 'Sig Sauer'),
];

export const isHandgun = (g: GunModel): boolean => g.kind === 'PISTOL' || g.kind === 'REVOLVER';

const FIRST = [
  'James',
  'Michael',
  'Robert',
  'David',
  'William',
  'Joseph',
  'Anthony',
  'Marcus',
  'Andre',
  'Darnell',
  'Jose',
  'Luis',
  'Carlos',
  'Kevin',
  'Brian',
  'Tyler',
  'Jordan',
  'Justin',
  'Brandon',
  'Terrell',
  'Mary',
  'Jennifer',
  'Ashley',
  'Jessica',
  'Brittany',
  'Tiffany',
  'Maria',
  'Ana',
  'Keisha',
  'Latoya',
  'Amber',
  'Megan',
  'Sarah',
  'Crystal',
  'Destiny',
  'Linda',
  'Patricia',
  'Thomas',
  'Daniel',
  'Christopher',
];
const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Hill',
  'Campbell',
  'Mitchell',
  'Carter',
];

export const firstName = (rng: Random): string => rng.pick(FIRST);
export const lastName = (rng: Random): string => rng.pick(LAST);
