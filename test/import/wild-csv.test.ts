import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { csvRows, type CsvRow } from '../../src/import/csv.rows.js';
import { importFile } from '../../src/import/importer.js';
import { runImport } from '../../src/import/import.job.js';
import type { Rejection } from '../../src/import/reject.writer.js';
import { graphql } from '../generated/graphql/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { RUN, tempDir } from './fixtures.js';

/**
 * CSV files as other agencies' systems and spreadsheets export them (a "new user" red-team of the
 * importer): what is valid must be read back through the API exactly as sent, what is not must be
 * rejected alone, with its line, its field and why — never a crash of the file, never a lost row.
 */
const WILD_PERSON = graphql(`
  query WildCsvPerson($id: NonEmptyString!) {
    person(id: $id) {
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
const WILD_AGENCY = graphql(`
  query WildCsvAgency($ori: NonEmptyString!) {
    agency(ori: $ori) {
      ori
      nibinPartner
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const id = (n: string) => `WILDCSV-${RUN}-${n}`;
const readPerson = async (personId: string) => {
  const res = await app.gql(WILD_PERSON, { id: personId }, [Role.INVESTIGATOR]);
  return res.errors ? null : res.data!.person;
};
const write = (name: string, body: string | Buffer) => {
  const file = path.join(tempDir(), name);
  writeFileSync(file, body);
  return file;
};
const rejectsOf = (file: string): Rejection[] =>
  existsSync(`${file}.rejects.ndjson`)
    ? readFileSync(`${file}.rejects.ndjson`, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Rejection)
    : [];

describe('a CSV file exported by a spreadsheet', () => {
  it('reads a BOM, CRLF, reordered headers in another case with spaces, quoted commas, quotes and line breaks, and non-ASCII names', async () => {
    const rows = [
      '\uFEFF State , CITY ,Address,DateOfBirth,LASTNAME, FirstName ,ID',
      `PA,Philadelphia,"12 Elm St, Apt 3\r\nRear entrance",1990-01-02,O'Brien,"Ima ""Big""",${id('P1')}`,
      `NJ,Camden,5 Haddon Ave,1991-03-04,Nguyễn,Ñúñez,${id('P2')}`,
      ',,,,,,',
      '',
      '',
    ];
    const file = write('wild-people.csv', rows.join('\r\n'));
    const summary = await importFile(app.gateway, file);
    expect(rejectsOf(file)).toEqual([]);
    expect(summary).toMatchObject({ records: 2, accepted: 2, rejected: 0 });
    expect(await readPerson(id('P1'))).toEqual({
      id: `Person:${id('P1')}`,
      firstName: 'Ima "Big"',
      lastName: "O'Brien",
      dateOfBirth: '1990-01-02',
      address: '12 Elm St, Apt 3\r\nRear entrance',
      city: 'Philadelphia',
      state: 'PA',
    });
    expect(await readPerson(id('P2'))).toMatchObject({ firstName: 'Ñúñez', lastName: 'Nguyễn' });
  });

  it('accepts TRUE and FALSE as spreadsheets write booleans', async () => {
    const ori = `NJ${RUN.slice(-5)}W1`;
    const file = write('wild-agencies.csv', `ori,name,state,city,nibinPartner\n${ori},Wild PD,NJ,Camden,TRUE\n`);
    expect(await importFile(app.gateway, file)).toMatchObject({ accepted: 1, rejected: 0 });
    const res = await app.gql(WILD_AGENCY, { ori }, [Role.ANALYST]);
    expect(res.data?.agency).toEqual({ ori, nibinPartner: true });
  });
});

describe('a CSV row that cannot be read costs only itself', () => {
  const header = 'id,firstName,lastName,dateOfBirth,address,city,state';
  let file: string;
  let rejects: Rejection[];
  let summary: Awaited<ReturnType<typeof importFile>>;
  beforeAll(async () => {
    const lines = [
      header,
      `${id('Q1')},Ada,Quote,1990-01-02,"2 Elm St,\nfirst floor",Camden,NJ`, // lines 2–3
      `${id('Q2')},"Bob"by,Quote,1990-01-02,3 Elm St,Camden,NJ`, // 4: text after a closing quote
      `${id('Q3')},Cy,Quote,1990-01-02,4 Elm St, Apt 2,Camden,NJ`, // 5: an unquoted comma
      `${id('Q4')},Di,Quote,1990-01-02,5 Elm St,Camden`, // 6: a cell short
      `${id('Q5')},Ed,Quote,1990-01-02,6 "Elm" St,Camden,NJ`, // 7: a quote inside a plain value is text
      `${id('Q6')},Fay,Quote,1990-01-02,7 Elm St,Camden,nj`, // 8: state in lower case
    ];
    const body = Buffer.concat([
      Buffer.from(lines.join('\n') + '\n'),
      // 9: "Müller" from a Windows-1252 export (ü is 0xFC there, not UTF-8)
      Buffer.from(`${id('Q7')},Gus,M`),
      Buffer.from([0xfc]),
      Buffer.from(`ller,1990-01-02,8 Elm St,Camden,NJ\n`),
      Buffer.from(`${id('Q8')},Hal,Quote,1990-01-02,9 Elm St,Camden,NJ\n`), // 10
    ]);
    file = write('wild-broken-people.csv', body);
    summary = await importFile(app.gateway, file);
    rejects = rejectsOf(file);
  });

  it('names the line a multi-line record starts on, and reads every row after a broken one', async () => {
    expect(summary).toMatchObject({ records: 8, accepted: 3, rejected: 5 });
    for (const ok of ['Q1', 'Q5', 'Q8']) expect(await readPerson(id(ok)), ok).not.toBeNull();
    expect(await readPerson(id('Q5'))).toMatchObject({ address: '6 "Elm" St' });
    expect(rejects.map((r) => r.line)).toEqual([4, 5, 6, 8, 9]);
  });

  it('says what is wrong with each rejected row', () => {
    const at = (line: number) => rejects.find((r) => r.line === line);
    expect(at(4)).toMatchObject({ type: 'person', field: '(record)', reason: expect.stringMatching(/after a closing double quote/) });
    expect(at(5)).toMatchObject({ type: 'person', reason: expect.stringMatching(/has 8 cells where the header has 7 columns/) });
    expect(at(6)).toMatchObject({ type: 'person', reason: expect.stringMatching(/has 6 cells where the header has 7 columns/) });
    expect(at(8)).toMatchObject({ field: 'state', reason: 'must be written in capitals (NJ)' });
    expect(at(9)).toMatchObject({ field: 'lastName', reason: expect.stringMatching(/not UTF-8 .*Windows-1252/) });
    expect(summary.byType.person).toEqual({ accepted: 3, rejected: 5 });
  });

  it('reports an unclosed quote at its line, keeps the rows before it and says what could not be read', async () => {
    const f = write(
      'wild-unclosed-people.csv',
      `${header}\n${id('U1')},Ann,Open,1990-01-02,1 Elm,Camden,NJ\n${id('U2')},"Ben,Open,1990-01-02,2 Elm,Camden,NJ\n${id('U3')},Cat,Open,1990-01-02,3 Elm,Camden,NJ\n`,
    );
    expect(await importFile(app.gateway, f)).toMatchObject({ accepted: 1, rejected: 1 });
    expect(rejectsOf(f)).toEqual([{ line: 3, type: 'person', key: null, field: '(record)', reason: expect.stringMatching(/never closed: lines 3–4/) }]);
    expect(await readPerson(id('U1'))).not.toBeNull();
  });

  it('goes through `npm run import` without a crash, the summary pointing at the reject file', async () => {
    const log: string[] = [];
    const run = await runImport(app.gateway, [file], { analysis: false }, (m) => log.push(m));
    expect(run.summaries[0]).toMatchObject({ accepted: 3, rejected: 5 });
    expect(log.join('\n')).toContain(`8 records read, 3 accepted, 5 rejected (see ${file}.rejects.ndjson)`);
    expect(log.join('\n')).toContain('3 unchanged');
  });
});

describe('CSV columns the model does not have', () => {
  it('rejects a row with a value under an unknown column instead of dropping the value; an empty cell there passes', async () => {
    const file = write(
      'wild-notes-people.csv',
      `id,firstName,lastName,dateOfBirth,address,city,state,Notes\n${id('N1')},Ann,Notes,1990-01-02,1 Elm,Camden,NJ,armed\n${id('N2')},Ben,Notes,1990-01-02,2 Elm,Camden,NJ,\n`,
    );
    expect(await importFile(app.gateway, file)).toMatchObject({ accepted: 1, rejected: 1 });
    expect(rejectsOf(file)).toEqual([{ line: 2, type: 'person', key: id('N1'), field: 'Notes', reason: expect.stringMatching(/^is not a field of person/) }]);
    expect(await readPerson(id('N2'))).not.toBeNull();
    expect(await readPerson(id('N1'))).toBeNull();
  });

  it('refuses a file whose header names a column twice, and one whose record type is unknown, on line 1 and reads nothing', async () => {
    const twice = write(
      'wild-twice-people.csv',
      `id,ID,firstName,lastName,dateOfBirth,address,city,state\n${id('D1')},${id('D2')},A,B,1990-01-02,1 Elm,Camden,NJ\n`,
    );
    expect(await importFile(app.gateway, twice)).toMatchObject({ accepted: 0, rejected: 1 });
    expect(rejectsOf(twice)).toEqual([{ line: 1, type: 'person', key: null, field: 'id', reason: expect.stringMatching(/named twice/) }]);
    expect(await readPerson(id('D1'))).toBeNull();
    expect(await readPerson(id('D2'))).toBeNull();

    const untyped = write('export.csv', `id,firstName,lastName,dateOfBirth,address,city,state\n${id('E1')},A,B,1990-01-02,1 Elm,Camden,NJ\n`);
    expect(await importFile(app.gateway, untyped)).toMatchObject({ accepted: 0, rejected: 1 });
    expect(rejectsOf(untyped)).toEqual([{ line: 1, type: null, key: null, field: 'type', reason: expect.stringMatching(/"type" column.*--type/) }]);
  });

  it('refuses a UTF-16 file (Excel\'s "Unicode Text") on line 1 with the fix, not row by row', async () => {
    const text = `\uFEFFid,firstName,lastName,dateOfBirth,address,city,state\r\n${id('W1')},A,B,1990-01-02,1 Elm,Camden,NJ\r\n`;
    const file = write('wild-utf16-people.csv', Buffer.from(text, 'utf16le'));
    expect(await importFile(app.gateway, file)).toMatchObject({ accepted: 0, rejected: 1 });
    expect(rejectsOf(file)).toEqual([{ line: 1, type: 'person', key: null, field: '(header)', reason: expect.stringMatching(/not UTF-8 .*CSV UTF-8/) }]);
  });

  it('reads a header-only file and an empty file as no records, with no reject file', async () => {
    for (const body of ['id,firstName,lastName,dateOfBirth,address,city,state\r\n', '']) {
      const file = write('wild-nothing-people.csv', body);
      expect(await importFile(app.gateway, file)).toMatchObject({ records: 0, accepted: 0, rejected: 0, rejectFile: null });
    }
  });
});

describe('the CSV reader (src/import/csv.rows.ts)', () => {
  const quoted = (cell: string) => (cell === '' || /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const lineEnds = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;
  const cell = fc.array(fc.constantFrom('a', 'Ñ', 'ễ', ' ', ',', '"', '\n', '\r', '\r\n', '7'), { maxLength: 6 }).map((p) => p.join(''));

  it("reads back any cells written by RFC 4180, with each row's first line, whatever the line ends and chunk cuts", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (rows, ends, bom, cuts) => {
          let text = bom ? '\uFEFF' : '';
          const expected: CsvRow[] = [];
          rows.forEach((cells, i) => {
            expected.push({ line: 1 + lineEnds(text), cells });
            text += cells.map(quoted).join(',') + (i < rows.length - 1 || i % 2 ? ends[i]! : '');
          });
          const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((start, i) => text.slice(start, [...at, text.length][i]));
          const read: CsvRow[] = [];
          for await (const row of csvRows(chunks)) read.push(row);
          expect(read).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
