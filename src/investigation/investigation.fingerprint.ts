import { createHash } from 'node:crypto';
import { PERSONAL_PROPERTIES } from '../auth/personal-data.js';

/**
 * What a saved investigation remembers about each node so that, when it is reopened, the
 * analyst is warned about nodes that changed since (i2 chart store and Linkurious Spaces warn
 * the same way). It keeps a short hash per property, never the values, and nothing of a
 * person's personal data: personal fields are left out entirely (a hash of a date of birth is
 * guessable), and a change to them shows through `valueSourceId`, which names the source whose
 * values the record holds (docs/import.md, provenance) and is not personal data.
 */
export type Fingerprint = Record<string, string>;

/** Bookkeeping that changes without the record's facts changing (every re-send lists its source). */
const BOOKKEEPING = new Set<string>(['sourceIds']);
/** On a person, the personal fields are left out as well, and the former values a decision overruled (they may be personal). */
const PERSON_IGNORED = new Set<string>([...BOOKKEEPING, ...PERSONAL_PROPERTIES, 'overruled']);

function stable(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** 16 hex characters of SHA-256 per property: enough to tell a change, too short to carry data. */
export function fingerprint(properties: Record<string, unknown>, person: boolean): Fingerprint {
  const ignored = person ? PERSON_IGNORED : BOOKKEEPING;
  const out: Fingerprint = {};
  for (const [key, value] of Object.entries(properties)) {
    if (ignored.has(key) || value === null || value === undefined) continue;
    out[key] = createHash('sha256').update(stable(value)).digest('hex').slice(0, 16);
  }
  return out;
}

/** Property names whose value was added, removed or changed between two fingerprints, sorted. */
export function changedFields(saved: Fingerprint, now: Fingerprint): string[] {
  const names = new Set([...Object.keys(saved), ...Object.keys(now)]);
  return [...names].filter((k) => saved[k] !== now[k]).sort();
}
