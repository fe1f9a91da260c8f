import { ENTRY_TARGET_HOURS } from './metric-stats.js';

/** A casing as the late-entry measure needs it: where and when it was recovered and entered. */
export interface EvidenceCasing {
  id: string;
  /** null for a lab test-fire of a recovered gun. */
  sceneId: string | null;
  /** Agency with jurisdiction over the scene (null for a test-fire). */
  ori: string | null;
  recoveredMs: number;
  enteredMs: number | null;
  /** When the shooting happened (null for a test-fire). */
  sceneMs: number | null;
}

/**
 * Confirmed series: casings joined by CONFIRMED NIBIN leads (an examiner confirmed the hit) or by
 * a confirmed test-fire hit on one gun (a hit on any casing ties the gun to the whole series).
 * Unreviewed and rejected leads join nothing. Union-find over the confirmed pairs; returns the
 * components with at least two casings.
 */
export function confirmedSeries(pairs: ReadonlyArray<readonly [string, string]>): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (y !== r) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const x of parent.keys()) {
    const r = find(x);
    const list = groups.get(r) ?? [];
    list.push(x);
    groups.set(r, list);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort());
}

/** One late-entered casing of a confirmed series and the shootings it kept from being linked. */
export interface LateEntryCost {
  casingId: string;
  ori: string;
  recoveredMs: number;
  enteredMs: number;
  /** When a lead could have existed had the casing been entered within 24 hours. */
  couldHaveLinkedMs: number;
  /** When a lead could first exist given the actual entry. */
  linkableMs: number;
  /** Shootings of the series (other scenes) that happened between those two instants. */
  sceneIds: string[];
}

/**
 * The cost of late entry, in an investigator's terms. For each scene casing entered more than
 * 24 hours after recovery (CGIC target) that belongs to a confirmed series with at least one
 * other scene:
 * - a lead needs both casings in NIBIN, so with the other casings d of the series the first lead
 *   was possible at A = min_d max(entered_c, entered_d) (actual) and would have been possible at
 *   H = min_d max(recovered_c + 24 h, entered_d) had c been entered on target;
 * - the shootings of the series (scenes other than c's) that happened after H and up to A are the
 *   ones that occurred while the series could have been known but was not.
 * Casings never entered are not counted (no lead ever existed to measure from); a casing whose
 * series-mates were all entered after it costs nothing. Test-fire casings count as series-mates
 * (a hit with the gun identifies the series) but are never "late" themselves.
 */
export function lateEntryCosts(series: ReadonlyArray<readonly EvidenceCasing[]>, targetHours = ENTRY_TARGET_HOURS): LateEntryCost[] {
  const out: LateEntryCost[] = [];
  const target = targetHours * 3_600_000;
  for (const casings of series) {
    const scenes = new Map<string, number>();
    for (const c of casings) if (c.sceneId && c.sceneMs !== null) scenes.set(c.sceneId, c.sceneMs);
    if (scenes.size < 2) continue;
    for (const c of casings) {
      if (!c.sceneId || !c.ori || c.enteredMs === null || c.enteredMs - c.recoveredMs <= target) continue;
      const mates = casings.filter((d) => d.sceneId !== c.sceneId && d.enteredMs !== null);
      if (!mates.length) continue;
      const actual = Math.min(...mates.map((d) => Math.max(c.enteredMs!, d.enteredMs!)));
      const onTime = Math.min(...mates.map((d) => Math.max(c.recoveredMs + target, d.enteredMs!)));
      if (onTime >= actual) continue;
      const sceneIds = [...scenes.entries()]
        .filter(([id, at]) => id !== c.sceneId && at > onTime && at <= actual)
        .map(([id]) => id)
        .sort();
      out.push({ casingId: c.id, ori: c.ori, recoveredMs: c.recoveredMs, enteredMs: c.enteredMs, couldHaveLinkedMs: onTime, linkableMs: actual, sceneIds });
    }
  }
  return out;
}
