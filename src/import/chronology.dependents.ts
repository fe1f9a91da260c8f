import { daysBetween } from '../common/days.js';
import type { Reader } from '../db/gateway.js';
import { HANDGUN_KINDS } from '../model/records/enums.js';
import { ageOn, minDate, type Facts } from './chronology.js';
import { storedId, type Stored } from './chronology.stored.js';
import { readChronologyDependents } from './import.data.js';
import { recordKey } from './record.references.js';
import type { RecordProblem } from './record.rules.js';
import type { GraphRecord } from './record.types.js';

/**
 * docs/import.md, Chronology: no date before the record it depends on, checked from the corrected
 * record too. A correction (a stored record whose values this batch will overwrite) must keep every
 * stored record that depends on it within the rules: a recovery stays on or before its traces'
 * requests and its gun's test-fires and hits, and keeps its traces' time-to-crime; a recovery re-pointed to
 * another gun leaves the old gun's test-fires and hits a recovery on or before them; a sale that changes
 * its gun's first retail sale keeps the time-to-crime of the gun's stored traces, and a sale re-pointed to
 * another gun those of the gun it leaves (whose first sale moves to its next sale, or to none); a scene
 * stays on or before its casings and recoveries; a casing's NIBIN entry stays on or before its leads' correlation;
 * a date of birth or a gun's kind keeps every stored sale legal (18 U.S.C. 922(b)(1)) and the person
 * born before what they did; a new sale of a gun already recovered is checked as a sale correction is
 * (it may become the first retail sale). A dependent the same batch also writes is checked itself, against the
 * corrected value (chronology.ts). One statement for the batch (cypher/import/chronology-dependents.cypher),
 * asked only when the batch corrects something.
 */
const HANDGUNS = new Set<string>(HANDGUN_KINDS);
/** A date-time compared with a local day is allowed the widest UTC offset (as in chronology.ts). */
const ZONE_SLACK_MS = 14 * 3_600_000;
const ms = (v: string) => Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
const sameInstant = (a: string | null | undefined, b: string | null | undefined) => (!a || !b ? !a && !b : ms(a) === ms(b));

type Dated = { id: string | null } & Record<string, string | number | null>;
interface DependentsRow {
  persons: Array<{ key: string; sales: Dated[]; possessed: Dated[]; associations: Dated[] }>;
  firearmSales: Dated[];
  scenes: Array<{ key: string; casings: Dated[]; recoveries: Dated[] }>;
  recoveries: Array<{ key: string; traces: Dated[]; testFires: Dated[]; hits: Dated[]; previousFirstRecoveredOn: string | null }>;
  saleTraces: Dated[];
  leftTraces: Dated[];
  casingLeads: Dated[];
}

/** Whether `r` changes a stored value other records' chronology depends on. */
function changesDependedValue(r: GraphRecord, stored: Stored): boolean {
  const s = stored.get(storedId(r.type, recordKey(r)));
  if (!s) return false;
  switch (r.type) {
    case 'person':
      return s.dateOfBirth !== r.dateOfBirth;
    case 'firearm':
      return s.kind !== r.kind;
    case 'scene':
      return !sameInstant(s.occurredAt, r.occurredAt);
    case 'recovery':
      return s.recoveredOn !== r.recoveredOn || s.firearmId !== r.firearmId;
    case 'sale':
      return s.soldOn !== r.soldOn || s.firearmId !== r.firearmId;
    case 'casing':
      return !sameInstant(s.submittedToNibinAt, r.submittedToNibinAt);
    default:
      return false;
  }
}

/**
 * A new sale of a gun already recovered: ATF's time-to-crime counts from the gun's first retail sale,
 * so a sale that arrives after the gun's traces (an agency's trace result sent before the dealer's
 * sale record) may become that first sale and must agree with the time-to-crime the traces record,
 * as a corrected sale must. A gun with no recovery has no trace yet, so a first import asks nothing.
 */
function newSaleOfRecoveredGun(r: GraphRecord, stored: Stored, facts: Facts): boolean {
  return r.type === 'sale' && !stored.has(storedId('sale', r.id)) && !!facts.firearms.get(r.firearmId)?.firstRecoveredOn;
}

/**
 * Whether `r` is a correction other stored records' rules read: its values will be written and change a
 * value they depend on, or it is a new sale of a gun already recovered. Such a record is checked against
 * its dependents here, and written under the decision epoch's exclusive lock (decision-epoch.data.ts).
 */
export function correctsDependedValue(r: GraphRecord, stored: Stored, written: (r: GraphRecord) => boolean, facts: Facts): boolean {
  return written(r) && (changesDependedValue(r, stored) || newSaleOfRecoveredGun(r, stored, facts));
}

/**
 * Problems of each record (same order as `records`) with the stored records depending on it.
 * `written`: whether a record's values will be stored; `batch`: `type:key` of every record the
 * batch writes (those dependents are checked as records of the batch instead).
 */
export async function dependentProblems(
  read: Reader,
  records: readonly GraphRecord[],
  stored: Stored,
  written: (r: GraphRecord) => boolean,
  facts: Facts,
  batch: ReadonlySet<string>,
): Promise<RecordProblem[][]> {
  const out = records.map((): RecordProblem[] => []);
  const corrections = records.map((r, i) => [r, i] as const).filter(([r]) => correctsDependedValue(r, stored, written, facts));
  if (!corrections.length) return out;
  const keysOf = (type: string) => corrections.filter(([r]) => r.type === type).map(([r]) => recordKey(r));
  const params = {
    persons: keysOf('person'),
    firearms: keysOf('firearm'),
    scenes: keysOf('scene'),
    recoveries: corrections.flatMap(([r]) => {
      if (r.type !== 'recovery') return [];
      const was = stored.get(storedId('recovery', r.id))?.firearmId ?? null;
      return [{ id: r.id, firearmId: r.firearmId, previousFirearmId: was !== r.firearmId ? was : null }];
    }),
    sales: corrections.flatMap(([r]) => {
      if (r.type !== 'sale') return [];
      const was = stored.get(storedId('sale', r.id))?.firearmId ?? null;
      return [{ id: r.id, firearmId: r.firearmId, previousFirearmId: was !== r.firearmId ? was : null }];
    }),
    casings: keysOf('casing'),
  };
  const row = await readChronologyDependents<DependentsRow>(read, params);
  if (!row) return out;
  const stays = (type: string, d: Dated) => d.id !== null && !batch.has(storedId(type, d.id));
  const at = (type: string, key: string) => corrections.find(([r]) => r.type === type && recordKey(r) === key)!;
  const legalAge = (field: string, dob: string, kind: string | null | undefined, sale: Dated) => {
    if (!kind || !sale.soldOn) return null;
    const minimum = HANDGUNS.has(kind) ? 21 : 18;
    const age = ageOn(dob, String(sale.soldOn));
    return age < minimum
      ? `${field} makes sale ${sale.id} (${String(sale.soldOn)}) a ${HANDGUNS.has(kind) ? 'handgun' : 'long gun'} sold to a buyer of ${age}; an FFL sells it only to buyers ${minimum} or older (18 U.S.C. 922(b)(1))`
      : null;
  };

  for (const p of row.persons) {
    const [r, i] = at('person', p.key);
    if (r.type !== 'person') continue;
    const dob = r.dateOfBirth;
    for (const s of p.sales.filter((d) => stays('sale', d))) {
      const kind = facts.firearms.get(String(s.firearmId))?.kind ?? (s.kind as string | null);
      const reason = legalAge(`dateOfBirth ${dob}`, dob, kind, s);
      if (reason) out[i]!.push({ field: 'dateOfBirth', reason });
    }
    for (const x of p.possessed.filter((d) => stays('recovery', d)))
      if (x.recoveredOn && ms(String(x.recoveredOn)) < ms(dob))
        out[i]!.push({ field: 'dateOfBirth', reason: `${dob} is after recovery ${x.id} (${String(x.recoveredOn)}), where this person was the possessor` });
    for (const a of p.associations.filter(
      (d) => !batch.has(storedId('association', `${p.key}>${d.id}`)) && !batch.has(storedId('association', `${d.id}>${p.key}`)),
    ))
      if (a.since && ms(String(a.since)) < ms(dob))
        out[i]!.push({ field: 'dateOfBirth', reason: `${dob} is after the association with ${a.id} began (${String(a.since)})` });
  }
  for (const s of row.firearmSales.filter((d) => stays('sale', d))) {
    const [r, i] = at('firearm', String(s.key));
    if (r.type !== 'firearm') continue;
    const dob = facts.persons.get(String(s.purchaserId)) ?? (s.dateOfBirth as string | null);
    const reason = dob ? legalAge(`kind ${r.kind}`, dob, r.kind, s) : null;
    if (reason) out[i]!.push({ field: 'kind', reason });
  }
  for (const sc of row.scenes) {
    const [r, i] = at('scene', sc.key);
    if (r.type !== 'scene') continue;
    for (const c of sc.casings.filter((d) => stays('casing', d)))
      if (c.recoveredAt && ms(String(c.recoveredAt)) < ms(r.occurredAt))
        out[i]!.push({
          field: 'occurredAt',
          reason: `${r.occurredAt} is after casing ${c.id} was recovered at this scene (${String(c.recoveredAt)}): a casing is picked up after the shooting`,
        });
    const day = r.occurredAt.slice(0, 10);
    for (const x of sc.recoveries.filter((d) => stays('recovery', d)))
      if (x.recoveredOn && ms(String(x.recoveredOn)) + ZONE_SLACK_MS < ms(day))
        out[i]!.push({ field: 'occurredAt', reason: `${r.occurredAt} is after recovery ${x.id} at this scene (${String(x.recoveredOn)})` });
  }
  for (const x of row.recoveries) {
    const [r, i] = at('recovery', x.key);
    if (r.type !== 'recovery') continue;
    const value = `recoveredOn ${r.recoveredOn}`;
    const soldOn = facts.firearms.get(r.firearmId)?.firstSoldOn;
    for (const t of x.traces.filter((d) => stays('trace', d))) {
      if (t.requestedAt && ms(String(t.requestedAt)) + ZONE_SLACK_MS < ms(r.recoveredOn))
        out[i]!.push({
          field: 'recoveredOn',
          reason: `${value} is after trace ${t.id} was requested on ${String(t.requestedAt)}: a gun is traced after it is recovered`,
        });
      const days = daysBetween(soldOn, r.recoveredOn);
      if (t.timeToCrimeDays !== null && days !== null && t.timeToCrimeDays !== days)
        out[i]!.push({
          field: 'recoveredOn',
          reason: `${value} puts the recovery ${days} days after the gun's first retail sale (${soldOn}), but trace ${t.id} records a time-to-crime of ${t.timeToCrimeDays}`,
        });
    }
    // The gun's first recovery with this correction (other stored recoveries, and the batch's).
    const first = [facts.firearms.get(r.firearmId)?.firstRecoveredOn, r.recoveredOn].filter((d): d is string => !!d).sort()[0]!;
    // A recovery re-pointed to another gun leaves its old gun with its other recoveries (stored, and the batch's).
    const previous = minDate(x.previousFirstRecoveredOn, facts.firearms.get(stored.get(storedId('recovery', r.id))?.firearmId ?? '')?.firstRecoveredOn);
    for (const [list, what] of [
      [x.testFires, 'test-fire casing'],
      [x.hits, 'the hit confirmed on casing'],
    ] as const)
      for (const c of list.filter((d) => stays('casing', d) && d.at)) {
        const at = ms(String(c.at)) + ZONE_SLACK_MS;
        if (c.firearmId === r.firearmId) {
          if (at < ms(first))
            out[i]!.push({
              field: 'recoveredOn',
              reason: `${value} is after ${what} ${c.id} (${String(c.at)}): a lab test-fires a gun only after police recover it`,
            });
        } else if (!previous || at < ms(previous))
          out[i]!.push({
            field: 'firearmId',
            reason: `firearmId ${r.firearmId} leaves ${what} ${c.id} (${String(c.at)}) of gun ${String(c.firearmId)} with no recovery on or before it${previous ? ` (its first other recovery is on ${previous})` : ''}: a lab test-fires a gun only after police recover it`,
          });
      }
  }
  // docs/import.md, Chronology: a trace's time-to-crime is the days from its gun's first retail sale to the
  // traced recovery; a sale that moves the gun's first sale changes it for every stored trace of the gun.
  for (const t of row.saleTraces.filter((d) => stays('trace', d))) {
    const [r, i] = at('sale', String(t.key));
    if (r.type !== 'sale') continue;
    const was = stored.get(storedId('sale', r.id));
    const others = t.otherFirstSoldOn as string | null;
    const first = minDate(others, r.soldOn);
    if (first === (was?.firearmId === r.firearmId ? minDate(others, was.soldOn) : others)) continue;
    const recoveredOn = facts.recoveries.get(String(t.recoveryId)) ?? (t.recoveredOn as string | null);
    const days = daysBetween(first, recoveredOn);
    // A sale after the recovery (negative days) is the first rule's problem (chronology.ts: sale <= recovery).
    if (t.timeToCrimeDays !== null && days !== null && days >= 0 && t.timeToCrimeDays !== days)
      out[i]!.push({
        field: 'soldOn',
        reason: `soldOn ${r.soldOn} puts recovery ${String(t.recoveryId)} (${recoveredOn}) ${days} days after the gun's first retail sale (${first}), but trace ${t.id} records a time-to-crime of ${t.timeToCrimeDays}`,
      });
  }
  // ATF time-to-crime counts from the gun's first retail sale: a sale re-pointed to another gun leaves the
  // old gun its other sales (stored, and the batch's), so that gun's first sale moves to the next one, or
  // to none. Its stored traces must still read the days from the new first sale; with no sale left, the
  // chain has no time-to-crime (Recovery and TraceChain timeToCrimeDays are null without a sale), so a
  // stored trace keeping one is refused: the figure was counted from, or checked against, the sale that left.
  const negative = new Set<string>();
  for (const t of row.leftTraces) {
    const [r, i] = at('sale', String(t.key));
    const gun = String(t.firearmId);
    const recoveryId = String(t.recoveryId);
    // A recovery the batch also re-points is checked from its own correction, against its new gun.
    if (r.type !== 'sale' || (facts.recoveryGuns.get(recoveryId) ?? gun) !== gun) continue;
    const first = facts.firearms.get(gun)?.firstSoldOn ?? null;
    const was = stored.get(storedId('sale', r.id))?.soldOn;
    // The gun's first sale does not move when an earlier (or same-day) sale stays.
    if (first && was && first === minDate(first, was)) continue;
    const recoveredOn = facts.recoveries.get(recoveryId) ?? (t.recoveredOn as string | null);
    const days = daysBetween(first, recoveredOn);
    const leaves = `firearmId ${r.firearmId} leaves gun ${gun}`;
    if (days !== null && days < 0) {
      // The first rule from the other end (first retail sale <= every recovery); a recovery the batch writes is checked itself.
      const once = `${i}:${recoveryId}`;
      if (stays('recovery', { id: recoveryId }) && !negative.has(once)) {
        negative.add(once);
        out[i]!.push({
          field: 'firearmId',
          reason: `${leaves} with its first retail sale on ${first}, after recovery ${recoveryId} (${recoveredOn}): time-to-crime is never negative`,
        });
      }
      continue;
    }
    if (!stays('trace', t) || t.timeToCrimeDays === null) continue;
    if (first === null)
      out[i]!.push({
        field: 'firearmId',
        reason: `${leaves} with no retail sale, so recovery ${recoveryId} (${recoveredOn}) has no time-to-crime, but trace ${t.id} records a time-to-crime of ${t.timeToCrimeDays}`,
      });
    else if (days !== null && t.timeToCrimeDays !== days)
      out[i]!.push({
        field: 'firearmId',
        reason: `${leaves} with its first retail sale on ${first}, which puts recovery ${recoveryId} (${recoveredOn}) ${days} days after it, but trace ${t.id} records a time-to-crime of ${t.timeToCrimeDays}`,
      });
  }
  for (const l of row.casingLeads.filter((d) => stays('lead', d))) {
    const [r, i] = at('casing', String(l.key));
    if (r.type !== 'casing') continue;
    if (!r.submittedToNibinAt)
      out[i]!.push({
        field: 'submittedToNibinAt',
        reason: `is empty, but lead ${l.id} correlated this casing on ${String(l.correlatedAt)}: NIBIN correlates only entered images`,
      });
    else if (l.correlatedAt && ms(String(l.correlatedAt)) < ms(r.submittedToNibinAt))
      out[i]!.push({
        field: 'submittedToNibinAt',
        reason: `${r.submittedToNibinAt} is after lead ${l.id} correlated this casing on ${String(l.correlatedAt)}: NIBIN correlates only entered images`,
      });
  }
  return out;
}
