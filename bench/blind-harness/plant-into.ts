/**
 * Plants a blind generator's cases into one background world and returns the rows the network job
 * would read of the combined world (bench/traffic-rows.ts), after checking the generator kept the
 * import's own rules on every record: field rules, rules across fields, and chronology (a blind
 * case the importer would refuse would measure nothing).
 */
import { addRecordFacts, chronologyProblems, emptyFacts } from '../../src/import/chronology.js';
import { recordKey } from '../../src/import/record.references.js';
import { validateRecord } from '../../src/import/record.rules.js';
import type { GraphRecord } from '../../src/import/record.types.js';
import { TrafficRows, type GeneratedWorld } from '../traffic-rows.js';
import { backgroundOf, type BlindGenerator, type BlindPlanting, type CaseTruth } from './trafficking.contract.js';

export interface PlantedWorld {
  rows: GeneratedWorld['rows'];
  purchases: GeneratedWorld['purchases'];
  associations: GeneratedWorld['associations'];
  /** The blind rows alone (the planted cases' recovered purchases). */
  blindRows: GeneratedWorld['rows'];
  cases: CaseTruth[];
  records: GraphRecord[];
}

export function plantInto(world: GeneratedWorld, generator: BlindGenerator, backgroundSeed: number, blindSeed: number, casesPer: number): PlantedWorld {
  const planting = withoutUnmentionedPeople(generator.plant(backgroundOf(world), backgroundSeed, blindSeed, casesPer));
  const problems = generator.importChecked ? refusedRecords(planting.records, generator.prefix) : [];
  if (problems.length) throw new Error(`${problems.length} planted records would be refused:\n${problems.slice(0, 20).join('\n')}`);
  return withPlanting(world, planting);
}

/**
 * The planting without the people no other planted record names. An author may make a person before
 * it knows the record that would name them is kept (the second author's street holder, made for a
 * recovery the window then refuses, born for a day years after it). Such a person reaches nothing
 * the rules read (no sale, recovery, trace or tie names them), and a date of birth in the future
 * would stop the run before any detection, so they are left out; every named person stays.
 */
export function withoutUnmentionedPeople(planting: BlindPlanting): BlindPlanting {
  const named = new Set<string>();
  for (const r of planting.records) if (r.type !== 'person') for (const v of Object.values(r)) if (typeof v === 'string') named.add(v);
  return { ...planting, records: planting.records.filter((r) => r.type !== 'person' || named.has(r.id)) };
}

/** The background world with the planted records added, as the network job would read it. */
export function withPlanting(world: GeneratedWorld, { records, cases }: BlindPlanting): PlantedWorld {
  const t = new TrafficRows();
  for (const r of records) t.add(r);
  const blind = t.rows();
  return {
    rows: [...world.rows, ...blind.rows],
    purchases: [...world.purchases, ...blind.purchases],
    associations: [...world.associations, ...blind.associations],
    blindRows: blind.rows,
    cases,
    records,
  };
}

/**
 * What the importer would refuse of these records, as "<type> <key>: <field> <reason>": the
 * record rules, chronology across the planted records, duplicate keys, and people or guns whose id
 * lacks the generator's prefix. Dealers and agencies are the background's, so references to them
 * are not checked here (the world is built in memory, without its dealer and agency records).
 */
export function refusedRecords(records: GraphRecord[], prefix: string): string[] {
  const problems: string[] = [];
  const facts = addRecordFacts(emptyFacts(), records);
  const seen = new Set<string>();
  for (const r of records) {
    const key = `${r.type} ${recordKey(r)}`;
    if (seen.has(key)) problems.push(`${key}: duplicate key`);
    seen.add(key);
    if ((r.type === 'person' || r.type === 'firearm') && !r.id.startsWith(`${prefix}-`)) problems.push(`${key}: id lacks the prefix ${prefix}-`);
    const v = validateRecord(r as unknown as Record<string, unknown>, Date.now());
    for (const p of v.problems) problems.push(`${key}: ${p.field} ${p.reason}`);
    for (const p of chronologyProblems(r, facts)) problems.push(`${key}: ${p.field} ${p.reason}`);
  }
  return problems;
}
