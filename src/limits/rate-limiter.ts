/**
 * Per-subject token buckets, in memory: each key may spend `perMinute` requests at once and
 * regains them evenly over a minute. One process keeps its own buckets; behind a load
 * balancer with N instances the effective budget is up to N times higher (docs/security.md).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    /** Keys kept at most; full buckets are dropped first, so memory stays bounded under a flood of subjects. */
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Spends one request of `key`'s budget; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= this.maxKeys) this.sweep(now);
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
    bucket.tokens -= 1;
    return 0;
  }

  private sweep(now: number) {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
    // Still full of active keys: drop the oldest (Map keeps insertion order).
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}
