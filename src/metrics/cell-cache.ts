import type { MetricAcc } from './metric-acc.js';
import type { MetricSummary } from './metric-summary.js';

/**
 * A small least-recently-used map. Entries are keyed by cell VERSION (cell id @ the run's
 * computedAt in epoch ms), so a re-analysis makes every old entry unreachable: a cache hit is
 * always the figure the database holds now, never a stale one.
 */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
}

export const cellVersion = (id: string, computedAtMs: number) => `${id}@${computedAtMs}`;

/**
 * Parsed month accumulators (the JSON parse of a nation month is most of a range query's cost)
 * and merged range summaries, per process. Sizes: a month cell of the nation holds a few
 * thousand delays; 3,000 accumulators and 500 summaries stay in the tens of megabytes at scale M.
 */
class CellCache {
  private readonly accs = new Lru<MetricAcc>(3000);
  private readonly ranges = new Lru<MetricSummary>(500);
  /** Versions held for one scope:key prefix, so the month statement can skip sending them. */
  versionsOf(prefix: string): string[] {
    const out: string[] = [];
    for (const k of this.accs.keys()) if (k.startsWith(prefix)) out.push(k);
    return out;
  }
  acc = (version: string) => this.accs.get(version);
  putAcc = (version: string, acc: MetricAcc) => this.accs.set(version, acc);
  range = (versions: readonly string[]) => this.ranges.get(versions.join(','));
  putRange = (versions: readonly string[], summary: MetricSummary) => this.ranges.set(versions.join(','), summary);
}

export const cellCache = new CellCache();
