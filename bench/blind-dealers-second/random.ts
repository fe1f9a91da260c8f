/**
 * The second blind author's own seeded random source. Both seeds (the background's and the blind
 * generator's) are mixed into the state, so the same pair always plants the same dealers and a
 * different background or blind seed plants different ones.
 *
 * The core is a small-fast-counter generator (four 32-bit words, a counter keeps the period long);
 * the seeds are spread over the words by a 32-bit integer hash so nearby seeds give unrelated streams.
 */

/** A 32-bit avalanche hash: every input bit flips about half the output bits. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(backgroundSeed: number, blindSeed: number) {
    const s1 = mix32(backgroundSeed ^ 0x9e3779b9);
    const s2 = mix32(blindSeed ^ 0x85ebca6b);
    this.a = mix32(s1 + 1);
    this.b = mix32(s2 + 2);
    this.c = mix32(s1 ^ s2 ^ 0xc2b2ae35);
    this.d = 1;
    for (let i = 0; i < 16; i++) this.next();
  }

  /** A uniform float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = Math.max(this.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /**
   * A log-normal draw with the given median: time-to-crime distributions are long-tailed
   * (NFCTA Vol. II reports medians of a few years with a long tail of decades-old guns).
   */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** An exponential draw with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(Math.max(1 - this.next(), 1e-12));
  }
}
