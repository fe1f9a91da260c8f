import path from 'node:path';
import type { Gateway } from '../../src/db/gateway.js';
import { importFile } from '../../src/import/importer.js';
import { tempDir, writeNdjson } from '../import/fixtures.js';

/**
 * Hand-written people (not from the generator): pairs that are one person written two ways,
 * and look-alikes that are not (a father at the same address, a namesake elsewhere). Names are
 * rare enough that the seeded graph does not share them.
 */
export function resolutionPeople(tag: string) {
  const id = (k: string) => `RESTEST-${tag}-${k}`;
  const person = (k: string, firstName: string, lastName: string, dateOfBirth: string, address: string, city: string, state: string) => ({
    type: 'person',
    id: id(k),
    firstName,
    lastName,
    dateOfBirth,
    address,
    city,
    state,
  });
  const people = [
    // One woman, two agencies: middle initial added, day and month swapped, street suffix abbreviated.
    person('DANA1', 'Dana', 'Whitfordley', '1987-03-12', '14 Larch Lane', 'Camden', 'NJ'),
    person('DANA2', 'Dana M.', 'Whitfordley', '1987-12-03', '14 Larch Ln', 'Camden', 'NJ'),
    // Her father at the same address: same surname and street, different first name and date of birth.
    person('FATHER', 'Marcus', 'Whitfordley', '1961-02-02', '14 Larch Lane', 'Camden', 'NJ'),
    // A namesake across the country: same name, different date of birth and address.
    person('NAMESAKE', 'Dana', 'Whitfordley', '1990-07-30', '88 Pine Street', 'Dallas', 'TX'),
    // One man, hyphen dropped, first name spelt another way, two digits of the date transposed, moved to another city.
    person('KAT1', 'Kathryn', 'Oyelaran-Bosteng', '1979-06-21', '9 Ridge Road', 'Trenton', 'NJ'),
    person('KAT2', 'Katherine', 'Oyelaran Bosteng', '1979-06-12', '221 Harbor Way', 'Newark', 'NJ'),
    // A straw buyer recorded twice by two dealers (a typo in the last name): each record alone has too little evidence.
    person('STRAWA', 'Terrence', 'Quillfeather', '1992-04-17', '7 Mill Street', 'Columbia', 'SC'),
    person('STRAWB', 'Terrence', 'Quilfeather', '1992-04-17', '7 Mill St', 'Columbia', 'SC'),
    person('HOLD1', 'Ahmad', 'Restest-Holder-One', '1995-01-01', '1 Bay St', 'Newark', 'NJ'),
    person('HOLD2', 'Brianna', 'Restest-Holder-Two', '1996-02-02', '2 Bay St', 'Newark', 'NJ'),
    person('HOLD3', 'Corwin', 'Restest-Holder-Three', '1997-03-03', '3 Bay St', 'Newark', 'NJ'),
  ];
  const digits = String(Math.abs([...tag].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)) % 100_000).padStart(5, '0');
  const license = `3-57-079-01-7C-${digits}`;
  const ori = `NJ${digits}RS`;
  const maker = `RESTEST ${tag} Arms`;
  const guns: Array<{ k: string; buyer: string; soldOn: string; recoveredOn: string; holder: string }> = [
    // Recovered 400-700 days after sale: a trafficking indicator, not the strong one, so two guns of one record are not enough on their own.
    { k: 'G1', buyer: 'STRAWA', soldOn: '2023-01-10', recoveredOn: '2024-03-01', holder: 'HOLD1' },
    { k: 'G2', buyer: 'STRAWA', soldOn: '2023-04-20', recoveredOn: '2024-06-15', holder: 'HOLD2' },
    { k: 'G3', buyer: 'STRAWB', soldOn: '2023-08-02', recoveredOn: '2024-10-20', holder: 'HOLD3' },
  ];
  const records = [
    { type: 'manufacturer', name: maker, kind: 'MANUFACTURER', country: 'US' },
    { type: 'agency', ori, name: `RESTEST ${tag} Police Department`, state: 'NJ', city: 'Newark', nibinPartner: false },
    {
      type: 'ffl',
      license,
      name: `RESTEST ${tag} Guns`,
      licenseType: '01',
      premisesAddress: '5 Main St',
      city: 'Columbia',
      state: 'SC',
      latitude: 34.0,
      longitude: -81.03,
    },
    ...people,
    ...guns.flatMap((g) => [
      {
        type: 'firearm',
        id: id(g.k),
        serial: `RQ${digits}${g.k}`,
        serialObliterated: false,
        make: 'Restest',
        model: 'R9',
        caliber: '9mm Luger',
        kind: 'PISTOL',
        manufacturer: maker,
      },
      { type: 'sale', id: id(`S${g.k}`), fflLicense: license, firearmId: id(g.k), purchaserId: id(g.buyer), soldOn: g.soldOn, multipleSale: false },
      {
        type: 'recovery',
        id: id(`R${g.k}`),
        firearmId: id(g.k),
        recoveredOn: g.recoveredOn,
        address: '9 Broad St',
        city: 'Newark',
        state: 'NJ',
        latitude: 40.73,
        longitude: -74.17,
        agencyOri: ori,
        possessorId: id(g.holder),
      },
    ]),
  ];
  return { id, records, serialOf: (k: string) => `RQ${digits}${k}`, license, ori };
}

export async function importRecords(gateway: Gateway, records: Array<Record<string, unknown>>): Promise<void> {
  const file = writeNdjson(path.join(tempDir(), 'people.ndjson'), records);
  const summary = await importFile(gateway, file);
  if (summary.rejected > 0) throw new Error(`fixtures rejected: ${JSON.stringify(summary)}`);
}
