/**
 * Plants the blind dealers into one background world: `perShape` dealers of every bad shape and
 * every look-alike, on a stream seeded by (background seed, blind seed). Every record is checked
 * as an import checks it (field rules, rules across fields, chronology, references to the planted
 * records or to the background's agencies, manufacturers and dealers); one problem stops the run.
 */
import { addRecordFacts, chronologyProblems, emptyFacts } from '../../src/import/chronology.js';
import { REFERENCES, recordKey, type ReferencedType } from '../../src/import/record.references.js';
import { validateRecord } from '../../src/import/record.rules.js';
import { RECORD_TYPES, type GraphRecord, type RecordType } from '../../src/import/record.types.js';
import { BAD_SHAPES } from './bad-dealers.js';
import { BlindSink, Rng, type Backdrop, type PlantedDealer } from './kit.js';
import { LOOK_ALIKES } from './look-alikes.js';

export interface Planted {
  dealers: PlantedDealer[];
  batches: Array<{ type: RecordType; records: GraphRecord[] }>;
  recordCount: number;
}

export function plantBlindDealers(backdrop: Backdrop, backgroundSeed: number, blindSeed: number, perShape: number): Planted {
  const sink = new BlindSink(new Rng('blind-dealers', backgroundSeed, blindSeed), backdrop);
  // Shapes interleaved, so no shape always draws first from the stream.
  for (let i = 0; i < perShape; i++) {
    for (const make of Object.values(BAD_SHAPES)) make(sink);
    for (const make of Object.values(LOOK_ALIKES)) make(sink);
  }
  checkRecords(sink.records, backdrop);
  return { dealers: sink.dealers, batches: sink.byType(RECORD_TYPES), recordCount: sink.records.length };
}

function checkRecords(records: GraphRecord[], backdrop: Backdrop): void {
  const problems: string[] = [];
  const facts = addRecordFacts(emptyFacts(), records);
  const keys = new Map<ReferencedType, Set<string>>([
    ['agency', new Set(backdrop.agencies.map((a) => a.ori))],
    ['manufacturer', backdrop.manufacturers],
    ['ffl', new Set(backdrop.licenses)],
    ['person', new Set()],
    ['firearm', new Set()],
    ['recovery', new Set()],
    ['scene', new Set()],
    ['casing', new Set()],
  ]);
  const seen = new Set<string>();
  for (const r of records) {
    const key = `${r.type}:${recordKey(r)}`;
    if (seen.has(key)) problems.push(`${key}: duplicate key`);
    seen.add(key);
    keys.get(r.type as ReferencedType)?.add(recordKey(r));
    if (r.type === 'ffl' && backdrop.licenses.has(r.license)) problems.push(`${key}: collides with a background license`);
  }
  for (const r of records) {
    const where = `${r.type} ${recordKey(r)}`;
    const v = validateRecord(r as unknown as Record<string, unknown>, Date.now());
    for (const p of v.problems) problems.push(`${where}: ${p.field} ${p.reason}`);
    for (const p of chronologyProblems(r, facts)) problems.push(`${where}: ${p.field} ${p.reason}`);
    for (const ref of REFERENCES[r.type] ?? []) {
      const value = (r as unknown as Record<string, unknown>)[ref.field];
      if (typeof value === 'string' && !keys.get(ref.to)!.has(value)) problems.push(`${where}: ${ref.field} ${value} refers to no ${ref.to}`);
    }
  }
  if (problems.length) throw new Error(`${problems.length} planted records would be refused:\n${problems.slice(0, 20).join('\n')}`);
}
