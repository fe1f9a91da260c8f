/**
 * What a blind dealer generator receives and returns. A blind dealer generator is written by
 * someone who has read neither the dealer-risk scoring nor the project's generator; this file is
 * the only part of the harness it needs: the background's reference data it may use (agencies,
 * gun specs, licenses in use, manufacturers), what it reports of each planted dealer, and the
 * check every planted record must pass (the importer's own rules).
 */
import { addRecordFacts, chronologyProblems, emptyFacts } from '../../src/import/chronology.js';
import { REFERENCES, recordKey, type ReferencedType } from '../../src/import/record.references.js';
import { validateRecord } from '../../src/import/record.rules.js';
import type { AgencyRecord, FirearmRecord, GraphRecord, RecordType } from '../../src/import/record.types.js';

/** The background generator's reference date, in days since 1970-01-01: no planted date may be later. */
export { REF_DAY as BACKGROUND_REF_DAY } from '../../seeds/dates.js';

/** What the background offers: agencies per state, gun specs per kind, the licenses in use. */
export interface Backdrop {
  agencies: AgencyRecord[];
  specs: { handgun: FirearmSpec[]; long: FirearmSpec[] };
  licenses: Set<string>;
  manufacturers: Set<string>;
  dealerCount: number;
}
export type FirearmSpec = Pick<FirearmRecord, 'make' | 'model' | 'caliber' | 'kind' | 'manufacturer'>;

/** Collects the backdrop from the background records as they stream by. */
export class BackdropCollector {
  readonly agencies: AgencyRecord[] = [];
  readonly handgun: FirearmSpec[] = [];
  readonly long: FirearmSpec[] = [];
  readonly licenses = new Set<string>();
  readonly manufacturers = new Set<string>();
  observe(r: GraphRecord): void {
    if (r.type === 'agency') this.agencies.push(r);
    else if (r.type === 'manufacturer') this.manufacturers.add(r.name);
    else if (r.type === 'ffl') this.licenses.add(r.license);
    else if (r.type === 'firearm') {
      const spec = { make: r.make, model: r.model, caliber: r.caliber, kind: r.kind, manufacturer: r.manufacturer };
      const list = r.kind === 'PISTOL' || r.kind === 'REVOLVER' ? this.handgun : this.long;
      if (list.length < 300) list.push(spec);
    }
  }
  backdrop(): Backdrop {
    return {
      agencies: this.agencies,
      specs: { handgun: this.handgun, long: this.long },
      licenses: this.licenses,
      manufacturers: this.manufacturers,
      dealerCount: this.licenses.size,
    };
  }
}

/** A planted dealer as the report needs it. */
export interface PlantedDealer {
  license: string;
  shape: string;
  bad: boolean;
  /** The drawn parameters, for the report. */
  params: Record<string, number | string>;
}

/** One background's planted dealers and their records, grouped by type in the import's write order. */
export interface PlantedDealers {
  dealers: PlantedDealer[];
  batches: Array<{ type: RecordType; records: GraphRecord[] }>;
  recordCount: number;
}

/** A blind dealer generator: `perShape` dealers of every shape it knows, from its own PRNG seeded by both seeds. */
export type BlindDealerGenerator = (backdrop: Backdrop, backgroundSeed: number, blindSeed: number, perShape: number) => PlantedDealers;

/**
 * Throws when the importer would refuse any planted record: field rules, rules across fields,
 * chronology, duplicate keys, licenses that collide with the background's, and references to
 * anything neither planted nor in the background (agencies, manufacturers, dealers).
 */
export function checkRecords(records: GraphRecord[], backdrop: Backdrop): void {
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
