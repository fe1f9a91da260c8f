/**
 * Networks split by duplicate person records, rejoined (scale M by default): the generator's
 * split rings (seeds/typologies/split-ring.ts, manifest `splitRings`) are rings whose broker two
 * agencies entered as two person records, each tied to its own crew.
 * 1. Networks on the records apart (`resolveSameAs: false`): how many rings show as two networks.
 * 2. The person-resolution run: is each broker's pair proposed, and at what score?
 * 3. Networks before any decision: does each half name the open candidate that would join it
 *    ("may be one network with …"), and how many such hints there are in all (the review load).
 * 4. An investigator confirms the proposed broker pairs through the API (audited, as in review);
 *    networks again: how many rings are now one network naming the resolution.
 * Then the pairs are reopened and the networks re-run, so the bench graph is left as found.
 * Nothing here was tuned on the split rings: the network rules and the resolution model are unchanged by them.
 */
import os from 'node:os';
import { Role } from '../src/core/role.js';
import { runNetworks } from '../src/network/network.job.js';
import type { AssembledNetwork } from '../src/network/network.assembly.js';
import { candidateId, runPersonResolution } from '../src/resolution/resolution.job.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import type { BenchContext, BenchResult } from './bench.types.js';
import { round } from './search-inputs.js';

const DECIDE = (field: string) => `mutation BenchDecide($id: ID!) { ${field}(candidateId: $id, note: "split-ring bench") { id status } }`;

const holding = (ns: AssembledNetwork[], ids: string[]) => ns.filter((n) => n.members.some((m) => ids.includes(m.id)));
const joins = (ns: AssembledNetwork[], a: string[], b: string[]) => ns.some((n) => holding([n], a).length > 0 && holding([n], b).length > 0);

export default async function splitNetworksBench(ctx: BenchContext): Promise<BenchResult> {
  const rings = ctx.manifest.splitRings ?? [];
  if (!rings.length) return { name: 'split-networks', metrics: { error: 'this graph was seeded before split rings existed: re-seed it' } };
  const load = os.loadavg().map((v) => round(v, 2));
  const config = loadRiskConfig();
  const timings: Record<string, number> = {};
  const networks = async (step: string, resolveSameAs: boolean) => {
    const t0 = Date.now();
    const r = await runNetworks(ctx.gateway, new Date().toISOString(), config, { resolveSameAs });
    timings[step] = Date.now() - t0;
    return r.networks;
  };
  const token = await ctx.token([Role.INVESTIGATOR]);
  const decide = async (field: string, id: string) => {
    const res = await fetch(ctx.appUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: DECIDE(field), variables: { id } }),
    });
    return (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  };

  ctx.log(`split-networks: ${rings.length} split rings; networks on the records apart...`);
  const apart = await networks('networksApart', false);
  ctx.log('split-networks: person resolution...');
  let t0 = Date.now();
  const resolution = await runPersonResolution(ctx.gateway, new Date().toISOString());
  timings.resolution = Date.now() - t0;
  const scoreOf = new Map(resolution.candidates.map((c) => [c.id, c.score]));
  const before = await networks('networksOpen', true);
  const hints = before.flatMap((n) => n.evidence.filter((e) => e.startsWith('may be one network with ')));

  const ids = rings.map((r) => candidateId(r.duplicate.originalId, r.duplicate.duplicateId));
  const confirmed: string[] = [];
  for (const id of ids) if (scoreOf.has(id) && !(await decide('confirmSamePerson', id)).errors) confirmed.push(id);
  ctx.log(`split-networks: ${confirmed.length} broker pairs confirmed; networks resolved...`);
  const after = await networks('networksResolved', true);

  const outcomes = rings.map((r, i) => {
    const [a, b] = r.crews;
    const id = ids[i]!;
    const halves = [holding(apart, a).length > 0, holding(apart, b).length > 0].filter(Boolean).length;
    return {
      ring: r.case.id,
      variations: r.duplicate.variations.join('+'),
      halvesApart: halves,
      joinedApart: joins(apart, a, b),
      proposed: scoreOf.has(id),
      score: scoreOf.get(id) ?? null,
      hinted: hints.some((h) => h.includes(id)),
      joinedResolved: joins(after, a, b),
      namesResolution: holding(after, [...a, ...b]).some((n) => n.evidence.some((e) => e.includes(`duplicate candidate ${id}`))),
    };
  });
  t0 = Date.now();
  for (const id of confirmed) await decide('reopenDuplicateCandidate', id);
  await networks('networksRestored', true);
  timings.restore = Date.now() - t0;

  const count = (f: (o: (typeof outcomes)[number]) => boolean) => outcomes.filter(f).length;
  const metrics = {
    loadAverage1m: load[0]!,
    splitRings: rings.length,
    splitApart: count((o) => !o.joinedApart && o.halvesApart > 0),
    twoNetworksApart: count((o) => o.halvesApart === 2 && !o.joinedApart),
    brokerPairsProposed: count((o) => o.proposed),
    hintedBeforeReview: count((o) => o.hinted),
    hintsInAllNetworks: hints.length,
    networksBefore: before.length,
    rejoined: count((o) => o.joinedResolved),
    rejoinedNamingResolution: count((o) => o.joinedResolved && o.namesResolution),
    networksAfter: after.length,
    ...Object.fromEntries(Object.entries(timings).map(([k, v]) => [`${k}Ms`, v])),
  };
  const markdown = [
    `## Networks split by duplicate records, scale ${ctx.scale}`,
    '',
    `Load average ${load.join(' / ')} (1/5/15 min) at start. ${rings.length} planted split rings (a broker entered as two records, one crew on each).`,
    '',
    '| Ring | Broker record variations | Crews in networks apart | One network apart | Pair proposed (score) | Hinted before review | One network once confirmed | Names the resolution |',
    '|---|---|---|---|---|---|---|---|',
    ...outcomes.map(
      (o) =>
        `| ${o.ring} | ${o.variations} | ${o.halvesApart} of 2 | ${o.joinedApart ? 'yes' : 'no'} | ${o.proposed ? `yes (${o.score})` : 'no'} | ${o.hinted ? 'yes' : 'no'} | ${o.joinedResolved ? 'yes' : 'no'} | ${o.namesResolution ? 'yes' : 'no'} |`,
    ),
    '',
    `Before any decision, ${hints.length} "may be one network" lines in ${before.length} networks (the review queue's network-joining pairs). ` +
      `Rejoined once confirmed: ${metrics.rejoined} of ${rings.length}. Run times (ms): ${JSON.stringify(timings)}.`,
  ].join('\n');
  return { name: 'split-networks', metrics, markdown };
}
