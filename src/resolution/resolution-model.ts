import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The modules whose code decides blocking and first-pass scores: any change to them invalidates stored state. */
const MODEL_MODULES = ['person-match.compute', 'person-blocking.compute', 'person-blocking-keys', 'person-first-pass.compute', 'resolution-incremental'];

/**
 * Identity of the resolution model: a hash of the source of the blocking and scoring modules and
 * of the thresholds. Stored with the incremental state, so a run under changed rules re-blocks
 * and re-scores everyone instead of reusing pairs the old rules chose (no version number to forget
 * to bump). Null when a module's source cannot be read (e.g. a bundled build): every run is then full.
 */
export function resolutionModel(thresholds: Record<string, number>): string | null {
  const hash = createHash('sha1').update(JSON.stringify(thresholds));
  for (const name of MODEL_MODULES) {
    const text = readSource(name);
    if (text === null) return null;
    hash.update(text);
  }
  return hash.digest('hex').slice(0, 20);
}

function readSource(name: string): string | null {
  for (const ext of ['.ts', '.js']) {
    try {
      return readFileSync(new URL(`./${name}${ext}`, import.meta.url), 'utf8');
    } catch {
      // try the next extension
    }
  }
  return null;
}
