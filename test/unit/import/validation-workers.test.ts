import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { judgeRecord, type JudgedLine } from '../../../src/import/line.verdict.js';
import { judgeNdjsonChunk } from '../../../src/import/ndjson.chunk.js';
import { readLines } from '../../../src/import/record.reader.js';
import { RejectWriter } from '../../../src/import/reject.writer.js';
import { validateAndSpool } from '../../../src/import/validate.phase.js';
import { validRecords } from '../../import/fixtures.js';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const dir = mkdtempSync(path.join(os.tmpdir(), 'crimegun-validation-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lines of every kind a sender's file may hold: good records, bad ones, duplicates, non-JSON, blanks, non-ASCII. */
const good = validRecords('VW').map((r) => JSON.stringify(r));
const lineKinds = fc.oneof(
  fc.constantFrom(...good),
  fc.constantFrom(
    '',
    '   ',
    '{"type":"person","id":"VW-1","firstName":"Zoë","lastName":"Ærø","dateOfBirth":"2031-01-01"}',
    '{"type":"firearm","id":"VW-2","serial":"","kind":"CANNON"}',
    '{"type":"spaceship"}',
    '[1,2]',
    '"a string"',
    '{not json',
    '{"type":"person","id":"VW-3","lastName":"A","firstName":"B","lastName":"C","dateOfBirth":"1980-01-01"}',
    '{"type":"agency",\t"ori":"NJ12345T1",  "name":"Ω Police — Süd", "state":"NJ", "city":"Trenton", "nibinPartner":false}',
  ),
);
const lineEnds = fc.constantFrom('\n', '\r\n', '\r');

async function wholeFileRead(file: string): Promise<JudgedLine[]> {
  const out: JudgedLine[] = [];
  for await (const { line, raw, parseError, field } of readLines(file)) {
    out.push({ line, verdict: raw ? judgeRecord(raw, NOW) : { kind: 'unreadable', reason: parseError ?? 'unreadable', field } });
  }
  return out;
}

describe('NDJSON judged in chunks', () => {
  it('gives the same line numbers and verdicts as a whole-file read, wherever the chunks are cut after a line feed (property)', async () => {
    const file = path.join(dir, 'chunks.ndjson');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(lineKinds, lineEnds), { maxLength: 30 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (lines, lastEnds, cutSeeds) => {
          const text = lines.map(([l, end], i) => l + (i < lines.length - 1 || lastEnds ? end : '')).join('');
          writeFileSync(file, text);
          const bytes = Buffer.from(text, 'utf8');
          const feeds = [...bytes.keys()].filter((i) => bytes[i] === 10);
          const cuts = [...new Set(cutSeeds.filter(() => feeds.length).map((s) => feeds[s % feeds.length]! + 1))].sort((a, b) => a - b);
          const chunked: JudgedLine[] = [];
          let base = 0;
          for (const [from, to] of [0, ...cuts].map((c, i, all) => [c, all[i + 1] ?? bytes.length] as const)) {
            if (from === to) continue;
            const { lines: n, verdicts } = judgeNdjsonChunk(bytes.subarray(from, to), NOW);
            for (const [i, verdict] of verdicts) chunked.push({ line: base + i + 1, verdict });
            base += n;
          }
          expect(chunked).toEqual(await wholeFileRead(file));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('validation in worker threads', () => {
  it('spools, rejects, keys and fingerprints a file exactly as validation on the importer thread does', async () => {
    const lines = [
      '\uFEFF{"type":"manufacturer","name":"BOM first"}',
      ...good,
      ...good.slice(0, 3),
      '',
      '{not json',
      '{"type":"person","id":"VW-1","firstName":"Zoë","lastName":"Ærø","dateOfBirth":"2031-01-01"}',
      ...validRecords('VW2').map((r) => JSON.stringify(r)),
    ];
    const file = path.join(dir, 'workers.ndjson');
    writeFileSync(file, lines.join('\r\n').replace(/\r\n\{not/, '\r{not'));
    const run = async (workers: number) => {
      const spoolDir = mkdtempSync(path.join(dir, `spool-${workers}-`));
      const rejects = new RejectWriter(path.join(dir, `rejects-${workers}.ndjson`));
      const tallies: string[] = [];
      const result = await validateAndSpool(file, {
        now: NOW,
        spoolDir,
        rejects,
        tally: (type, field) => tallies.push(`${type}:${field}`),
        progress: () => undefined,
        workers,
        chunkBytes: 97,
      });
      rejects.close();
      const spooled = Object.fromEntries(readdirSync(spoolDir).map((f) => [f, readFileSync(path.join(spoolDir, f), 'utf8')]));
      return { ...result, tallies, spooled, rejects: readFileSync(rejects.file, 'utf8') };
    };
    const here = await run(0);
    const inWorkers = await run(2);
    expect(here.rejects).toContain('duplicate: the same key as line');
    expect(here.rejects).toContain('is not valid JSON');
    expect(Object.keys(here.spooled).length).toBeGreaterThan(5);
    expect(inWorkers).toEqual(here);
  });
});
