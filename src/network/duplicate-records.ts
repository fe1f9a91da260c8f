/**
 * Person records that may be one person: an undecided duplicate candidate from person resolution,
 * or a confirmed SAME_AS link while the network job keeps records apart. A tie between people (a
 * receiver or household holding guns of several buyers, a broker of several buyers, a purchase
 * cluster of several buyers, an association between two buyers) is evidence only between
 * different people: one straw buyer entered twice by two dealers is one buyer, and his two records
 * are no crew (ATF, Following the Gun, 2000: a trafficking network is several people acting
 * together). Candidates chain: records linked through other records count as one person, which
 * can only remove ties, never add one.
 */
export class DuplicateRecords {
  private readonly parent = new Map<string, string>();

  constructor(pairs: Iterable<{ a: string; b: string }> = []) {
    for (const { a, b } of pairs) {
      const [ra, rb] = [this.person(a), this.person(b)];
      if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
    }
  }

  /** The record standing for every record that may be one person with `id` (the smallest id). */
  person(id: string): string {
    let root = id;
    while ((this.parent.get(root) ?? root) !== root) root = this.parent.get(root)!;
    if (root !== id) this.parent.set(id, root);
    return root;
  }

  /** Whether the two records may be one person. */
  maybeSame(a: string, b: string): boolean {
    return a === b || this.person(a) === this.person(b);
  }

  /** How many different people the records are at least sure to be (candidate duplicates count once). */
  people(ids: Iterable<string>): number {
    if (this.parent.size === 0) return new Set(ids).size;
    return new Set([...ids].map((id) => this.person(id))).size;
  }
}

/** No candidate duplicates known: every record is its own person (the in-memory evaluation, unit cases). */
export const NO_DUPLICATES = new DuplicateRecords();
