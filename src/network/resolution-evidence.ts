import type { AssembledNetwork } from './network.assembly.js';
import type { SameAsClusters } from './same-as-clusters.js';

/** A confirmed SAME_AS link between two person records, as the network job reads it. */
export interface SameAsLink {
  a: string;
  b: string;
  candidateId: string | null;
  score: number | null;
  confirmedAt: string | null;
}

/** A duplicate candidate nobody has decided yet. */
export interface OpenPair {
  candidateId: string;
  a: string;
  b: string;
  score: number;
}

/** Evidence sentences of one kind per network: enough to act on, bounded for a network full of aliases. */
const MAX_LINES = 5;

const day = (iso: string | null) => (iso ? ` on ${iso.slice(0, 10)}` : '');
const score = (s: number | null) => (s === null ? '' : `, score ${Math.round(s * 100) / 100}`);

/**
 * Says in each network which person records it counts as one person, and on whose word: the
 * confirmed duplicate candidate (its id, score and date), so an investigator can check the
 * resolution a network depends on and see the records apart (`resolveSameAs: false`). A
 * network that exists only because records were joined must say so: the join is a judgement,
 * not a record (CJIS AU-3 spirit: what an answer rests on is traceable).
 */
export function explainResolvedMembers(networks: AssembledNetwork[], people: SameAsClusters, links: SameAsLink[]): void {
  if (people.size === 0) return;
  const linksOf = new Map<string, SameAsLink[]>();
  for (const l of links) {
    const root = people.canonical(l.a);
    linksOf.set(root, [...(linksOf.get(root) ?? []), l]);
  }
  for (const n of networks) {
    const lines: string[] = [];
    for (const m of n.members) {
      const others = people
        .expand([m.id])
        .filter((id) => id !== m.id)
        .sort();
      if (!others.length) continue;
      const decisions = (linksOf.get(people.canonical(m.id)) ?? [])
        .map((l) => `duplicate candidate ${l.candidateId ?? 'without id'}${score(l.score)}, confirmed${day(l.confirmedAt)}`)
        .sort();
      m.evidence = [...m.evidence, `also recorded as ${others.join(', ')} (resolved as one person)`];
      lines.push(`person records ${[m.id, ...others].join(' and ')} are counted as one ${m.role.toLowerCase().replace('_', ' ')} (${decisions.join('; ')})`);
    }
    n.evidence = [...n.evidence, ...lines.slice(0, MAX_LINES), ...(lines.length > MAX_LINES ? [`and ${lines.length - MAX_LINES} more resolved people`] : [])];
  }
}

/**
 * Networks that one undecided duplicate candidate would join: the record in one network and its
 * candidate duplicate in another (or in none) may be one person, so the network may be split by
 * duplicate records. Each such network says so, naming the candidate to review first. Records
 * already resolved into one cluster are compared by their cluster.
 */
export function linkNetworksByOpenPairs(networks: AssembledNetwork[], people: SameAsClusters, pairs: OpenPair[]): void {
  const networkOf = new Map<string, AssembledNetwork>();
  for (const n of networks) for (const m of n.members) if (!networkOf.has(m.id)) networkOf.set(m.id, n);
  const lines = new Map<AssembledNetwork, string[]>();
  const say = (n: AssembledNetwork, line: string) => lines.set(n, [...(lines.get(n) ?? []), line]);
  for (const p of pairs) {
    const [a, b] = [people.canonical(p.a), people.canonical(p.b)];
    const [na, nb] = [networkOf.get(a), networkOf.get(b)];
    if (na === nb) continue;
    const why = `duplicate candidate ${p.candidateId}${score(p.score)} awaits review`;
    if (na && nb) {
      say(na, `may be one network with ${nb.id}: member ${a} and its member ${b} may be one person (${why})`);
      say(nb, `may be one network with ${na.id}: member ${b} and its member ${a} may be one person (${why})`);
    } else {
      // The other record is in no network: its purchases and ties may still belong to this one.
      const [n, inside, outside] = na ? [na, a, b] : [nb!, b, a];
      say(n, `member ${inside} may be one person with ${outside}, who is in no network: ${outside}'s records may belong to this network (${why})`);
    }
  }
  for (const [n, l] of lines)
    n.evidence = [
      ...n.evidence,
      ...l.slice(0, MAX_LINES),
      ...(l.length > MAX_LINES ? [`and ${l.length - MAX_LINES} more possible links to other networks`] : []),
    ];
}
