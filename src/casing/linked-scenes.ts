import { distanceKm, round3 } from '../common/geo.js';
import type { LinkedScenesRow } from './casing.data.js';
import type { LinkedScene } from './linked.type.js';

const DAY_MS = 86_400_000;

/**
 * The series view of a same-gun set: scenes in time order, each placed relative to the first
 * (distance) and to the previous one (days), and marked when another agency has jurisdiction
 * than the one over the starting casing's scene, and whether confirmed hits alone reach it (`hits`:
 * the walk over confirmed leads; the row itself when only confirmed leads were followed).
 */
export function toLinkedScenes(row: LinkedScenesRow | null, hits: LinkedScenesRow | null = row): LinkedScene[] {
  if (!row || row.scenes.length === 0) return [];
  // NIBIN: a lead is investigative information until an examiner confirms it. `hits` is the same
  // walk over confirmed leads only; a scene it does not reach was reached through an unreviewed lead.
  const confirmed = new Set((hits?.scenes ?? []).map((entry) => entry.scene.id));
  const first = row.scenes[0]!;
  const home = row.homeOri ?? first.agency?.ori ?? null;
  return row.scenes.map((entry, i) => {
    const previous = i > 0 ? row.scenes[i - 1]! : null;
    const here = entry.scene.location;
    const origin = first.scene.location;
    return {
      scene: entry.scene,
      agency: entry.agency,
      evidenceIds: entry.evidenceIds,
      distanceKm: here && origin ? round3(distanceKm(origin, here)) : null,
      daysSincePrevious: previous ? round3((Date.parse(entry.scene.occurredAt) - Date.parse(previous.scene.occurredAt)) / DAY_MS) : null,
      otherJurisdiction: home !== null && entry.agency !== null && entry.agency.ori !== home,
      confirmed: confirmed.has(entry.scene.id),
    };
  });
}
