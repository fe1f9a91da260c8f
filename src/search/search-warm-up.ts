import type { Gateway } from '../db/gateway.js';
import { kindPlans, type KindPlan } from './search-plan.js';
import { searchTextPieces } from './search-query.js';
import { readWarmUpSamples, runWarmUpSearch, type WarmUpSamples } from './search.data.js';
import { SearchKind } from './search.type.js';

/** At most this many warm-up searches, however fast they are (a small graph is warm sooner). */
export const WARM_UP_MAX_SEARCHES = 2_000;
/** Records of each label the warm-up texts are built from. */
const SAMPLES_PER_LABEL = 200;
const ALL_KINDS = Object.values(SearchKind);

/**
 * Common given names and surnames (the Social Security Administration's most frequent given names;
 * the Census Bureau's most frequent surnames, 2010): generic words, not anyone's record, so that
 * the warm-up also runs the fuzzy name lookups an investigator's name search runs on people.
 */
const GIVEN_NAMES = ['james', 'mary', 'robert', 'patricia', 'john', 'jennifer', 'michael', 'linda', 'david', 'elizabeth', 'william', 'barbara'];
const SURNAMES = ['smith', 'johnson', 'williams', 'brown', 'jones', 'garcia', 'miller', 'davis', 'rodriguez', 'martinez', 'hernandez', 'lopez'];

/**
 * What to search for: the shapes analysts type (a whole serial, a middle part of one, one digit
 * mistyped, one character unrestored; a make and model, a dealer's name, a city, a street
 * address, a common first and last name), from values that name no person, so the warm-up reads
 * no personal data.
 */
export function warmUpTexts(s: WarmUpSamples): string[] {
  const texts: string[] = [];
  const n = Math.max(s.serials.length, s.models.length, s.dealers.length, s.cities.length, s.scenes.length);
  for (let i = 0; i < n; i++) {
    const serial = s.serials[i];
    if (serial && serial.length >= 7) {
      texts.push(serial, serial.slice(2, 7), serial.slice(0, -1) + (serial.endsWith('7') ? '1' : '7'), `${serial.slice(0, 3)}?${serial.slice(4)}`);
    }
    // A street address, and its street alone (what is typed to find who lives there).
    const street = s.scenes[i]?.replace(/^\s*\d+\s+/, '');
    const name = `${GIVEN_NAMES[i % GIVEN_NAMES.length]} ${SURNAMES[(i * 5) % SURNAMES.length]}`;
    for (const text of [s.models[i], s.dealers[i], s.cities[i], s.scenes[i], street, name]) if (text?.trim()) texts.push(text.trim());
  }
  return texts.filter((t) => searchTextPieces(t).length > 0);
}

/** An investigator's plans for a text, with no caption field read from a person: only the lookup runs. */
export function warmUpPlans(text: string): KindPlan[] {
  return kindPlans(ALL_KINDS, searchTextPieces(text), true, text).map((p) => (p.kind === SearchKind.PERSON ? { ...p, caption: [] } : p));
}

/**
 * Searches Neo4j the way `search` does, for up to `seconds` (or WARM_UP_MAX_SEARCHES searches),
 * before the service takes requests. A JVM that has just started still compiles Lucene's and
 * Cypher's code: at scale M the first 70 searches after a start answered p95 132–230 ms, 99–108 ms
 * after 20 s of this, and 13–21 ms on a Neo4j that had searched for a minute or two (docs/history/performance-runs.md).
 * The answers are thrown away; nothing is shown to anyone, so nothing is audited (no person's
 * field is read). A failure only ends the warm-up: the service starts anyway.
 */
export async function warmUpSearch(gateway: Gateway, seconds: number, log: (message: string) => void): Promise<{ searches: number; ms: number }> {
  const started = performance.now();
  if (seconds <= 0) return { searches: 0, ms: 0 };
  let searches = 0;
  try {
    const row = await readWarmUpSamples(gateway, SAMPLES_PER_LABEL);
    const texts = row ? warmUpTexts(row) : [];
    const until = started + seconds * 1000;
    while (texts.length && searches < WARM_UP_MAX_SEARCHES && performance.now() < until) {
      await runWarmUpSearch(gateway, warmUpPlans(texts[searches % texts.length]!));
      searches++;
    }
  } catch (error) {
    log(`Search warm-up stopped after ${searches} searches: ${(error as Error).message}`);
  }
  const ms = Math.round(performance.now() - started);
  log(`Search warmed up: ${searches} searches in ${(ms / 1000).toFixed(1)} s.`);
  return { searches, ms };
}
