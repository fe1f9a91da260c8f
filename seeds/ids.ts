import { scramble } from './prng.js';

/** Opaque, unique ids: a per-kind sequence number through a 32-bit bijection. */
export class IdAllocator {
  private readonly next = new Map<string, number>();
  constructor(private readonly key: number) {}

  id(prefix: string): string {
    const n = this.next.get(prefix) ?? 0;
    this.next.set(prefix, n + 1);
    // Two keyed bijections of the sequence number: unique within a generation, and 64 bits
    // wide so that two seeds (or scales) loaded into one database practically never collide.
    let key = this.key;
    for (let i = 0; i < prefix.length; i++) key = Math.imul(key ^ prefix.charCodeAt(i), 0x01000193) >>> 0;
    const hi = scramble(n, key).toString(36).toUpperCase().padStart(7, '0');
    const lo = scramble(n, (key ^ 0x5bd1e995) >>> 0)
      .toString(36)
      .toUpperCase()
      .padStart(7, '0');
    return `${prefix}-${hi}${lo}`;
  }
}
