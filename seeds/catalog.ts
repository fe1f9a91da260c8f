import type { Caliber } from '../src/model/records/calibers.js';
import type { FirearmKindValue, ManufacturerKindValue } from '../src/model/records/enums.js';

/** Makers and the models the generator draws crime guns from (common recovered makes). */
export interface Maker {
  name: string;
  kind: ManufacturerKindValue;
  country: string;
  /** Make as it is stamped on the gun (an importer's guns carry the foreign maker's make). */
  make: string;
  weight: number;
  models: Array<{ model: string; caliber: Caliber; kind: FirearmKindValue }>;
}

export const MAKERS: Maker[] = [
  {
    name: 'Glock Inc.',
    kind: 'IMPORTER',
    country: 'AT',
    make: 'Glock',
    weight: 20,
    models: [
      { model: 'G19', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'G17', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'G22', caliber: '.40 S&W', kind: 'PISTOL' },
      { model: 'G43', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'G21', caliber: '.45 ACP', kind: 'PISTOL' },
    ],
  },
  {
    name: 'Smith & Wesson',
    kind: 'MANUFACTURER',
    country: 'US',
    make: 'Smith & Wesson',
    weight: 14,
    models: [
      { model: 'M&P9 Shield', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'M&P40', caliber: '.40 S&W', kind: 'PISTOL' },
      { model: 'SD9VE', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'Model 686', caliber: '.357 Magnum', kind: 'REVOLVER' },
      { model: 'Bodyguard 380', caliber: '.380 ACP', kind: 'PISTOL' },
      { model: 'M&P15', caliber: '5.56x45mm NATO', kind: 'RIFLE' },
    ],
  },
  {
    name: 'Sturm, Ruger & Co.',
    kind: 'MANUFACTURER',
    country: 'US',
    make: 'Ruger',
    weight: 12,
    models: [
      { model: 'LCP', caliber: '.380 ACP', kind: 'PISTOL' },
      { model: 'SR9', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'Security-9', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'GP100', caliber: '.357 Magnum', kind: 'REVOLVER' },
      { model: '10/22', caliber: '.22 LR', kind: 'RIFLE' },
      { model: 'LCR', caliber: '.38 Special', kind: 'REVOLVER' },
    ],
  },
  {
    name: 'Taurus International',
    kind: 'IMPORTER',
    country: 'BR',
    make: 'Taurus',
    weight: 10,
    models: [
      { model: 'G2C', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'PT111', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'Judge', caliber: '.45 ACP', kind: 'REVOLVER' },
      { model: 'Model 85', caliber: '.38 Special', kind: 'REVOLVER' },
    ],
  },
  {
    name: 'Sig Sauer',
    kind: 'MANUFACTURER',
    country: 'US',
    make: 'Sig Sauer',
    weight: 6,
    models: [
      { model: 'P365', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'P320', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'P226', caliber: '.40 S&W', kind: 'PISTOL' },
    ],
  },
  {
    name: 'Hi-Point Firearms',
    kind: 'MANUFACTURER',
    country: 'US',
    make: 'Hi-Point',
    weight: 7,
    models: [
      { model: 'C9', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'JCP', caliber: '.40 S&W', kind: 'PISTOL' },
      { model: 'JHP', caliber: '.45 ACP', kind: 'PISTOL' },
      { model: 'CF380', caliber: '.380 ACP', kind: 'PISTOL' },
    ],
  },
  {
    name: 'Springfield Armory',
    kind: 'IMPORTER',
    country: 'HR',
    make: 'Springfield Armory',
    weight: 4,
    models: [
      { model: 'XD-9', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'Hellcat', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'XD-45', caliber: '.45 ACP', kind: 'PISTOL' },
    ],
  },
  {
    name: 'Kel-Tec CNC Industries',
    kind: 'MANUFACTURER',
    country: 'US',
    make: 'Kel-Tec',
    weight: 3,
    models: [
      { model: 'PF-9', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'P-3AT', caliber: '.380 ACP', kind: 'PISTOL' },
    ],
  },
  { name: 'SCCY Industries', kind: 'MANUFACTURER', country: 'US', make: 'SCCY', weight: 3, models: [{ model: 'CPX-2', caliber: '9mm Luger', kind: 'PISTOL' }] },
  {
    name: 'Beretta USA',
    kind: 'IMPORTER',
    country: 'IT',
    make: 'Beretta',
    weight: 3,
    models: [
      { model: '92FS', caliber: '9mm Luger', kind: 'PISTOL' },
      { model: 'APX', caliber: '9mm Luger', kind: 'PISTOL' },
    ],
  },
  {
    name: 'Century Arms',
    kind: 'IMPORTER',
    country: 'RO',
    make: 'Century Arms',
    weight: 2,
    models: [
      { model: 'Draco', caliber: '7.62x39mm', kind: 'PISTOL' },
      { model: 'WASR-10', caliber: '7.62x39mm', kind: 'RIFLE' },
    ],
  },
  {
    name: 'Canik (Century Arms)',
    kind: 'IMPORTER',
    country: 'TR',
    make: 'Canik',
    weight: 2,
    models: [{ model: 'TP9SF', caliber: '9mm Luger', kind: 'PISTOL' }],
  },
  {
    name: 'Mossberg & Sons',
    kind: 'MANUFACTURER',
    country: 'US',
    make: 'Mossberg',
    weight: 3,
    models: [
      { model: '500', caliber: '12 gauge', kind: 'SHOTGUN' },
      { model: 'Maverick 88', caliber: '12 gauge', kind: 'SHOTGUN' },
    ],
  },
  {
    name: 'Remington Arms',
    kind: 'MANUFACTURER',
    country: 'US',
    make: 'Remington',
    weight: 2,
    models: [
      { model: '870', caliber: '12 gauge', kind: 'SHOTGUN' },
      { model: '700', caliber: '.308 Winchester', kind: 'RIFLE' },
    ],
  },
  {
    name: 'Jimenez Arms',
    kind: 'MANUFACTURER',
    country: 'US',
    make: 'Jimenez',
    weight: 2,
    models: [
      { model: 'JA-380', caliber: '.380 ACP', kind: 'PISTOL' },
      { model: 'J-22', caliber: '.22 LR', kind: 'PISTOL' },
    ],
  },
  {
    name: 'Colt Manufacturing',
    kind: 'MANUFACTURER',
    country: 'US',
    make: 'Colt',
    weight: 1,
    models: [
      { model: '1911 Government', caliber: '.45 ACP', kind: 'PISTOL' },
      { model: 'Cobra', caliber: '.38 Special', kind: 'REVOLVER' },
    ],
  },
  {
    name: 'FN America',
    kind: 'IMPORTER',
    country: 'BE',
    make: 'FN',
    weight: 1,
    models: [
      { model: 'Five-seveN', caliber: '5.7x28mm', kind: 'PISTOL' },
      { model: '509', caliber: '9mm Luger', kind: 'PISTOL' },
    ],
  },
];

export const HANDGUN_KINDS = new Set(['PISTOL', 'REVOLVER']);
