/**
 * Resolved people: records an analyst confirmed are one person (SAME_AS) count as one person in
 * the network computation, under the smallest record id of their cluster; otherwise two
 * agencies' records of one straw buyer would split one trafficking network in two (and hide that
 * the "possessor" of a gun is its own buyer). Records without SAME_AS are their own cluster.
 */
export class SameAsClusters {
  private readonly canonicalOf = new Map<string, string>();
  private readonly membersOf = new Map<string, string[]>();

  constructor(pairs: Array<{ a: string; b: string }>) {
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let root = x;
      while ((parent.get(root) ?? root) !== root) root = parent.get(root)!;
      parent.set(x, root);
      return root;
    };
    for (const { a, b } of pairs) {
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
    }
    for (const id of parent.keys()) {
      const root = find(id);
      this.canonicalOf.set(id, root);
      this.membersOf.set(root, [...(this.membersOf.get(root) ?? []), id]);
    }
  }

  get size(): number {
    return this.membersOf.size;
  }

  canonical(id: string): string;
  canonical(id: string | null): string | null;
  canonical(id: string | null): string | null {
    return id === null ? null : (this.canonicalOf.get(id) ?? id);
  }

  /** Every record id of the given (canonical) people. */
  expand(ids: string[]): string[] {
    return [...new Set(ids.flatMap((id) => this.membersOf.get(this.canonical(id)) ?? [id]))];
  }
}
