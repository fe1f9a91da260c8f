import { FRESH_HELD_OUT_SEEDS_M, HELD_OUT_SEEDS, OTHER_TUNING_M, PAST_HELD_OUT_SETS, TUNING_SEEDS, type HeldOutSet } from './trafficking.past-sets.js';

/**
 * The fixed split of the trafficking evaluation: the fresh held-out set to run next, the blind
 * generators' held-out runs, and how a run's output names its split. TUNING_SEEDS (with the
 * `tuning` parameter ranges of seeds/typologies/ranges.ts) and every set already run
 * (trafficking.past-sets.ts) are tuning data.
 */
export { HELD_OUT_SEEDS, TUNING_POOL_M, TUNING_SEEDS } from './trafficking.past-sets.js';

/**
 * The sixty-third held-out set, fixed on 2026-12-08 at 02:11 UTC before any run on it: the
 * sixty-second (M 5996/9534, S 9236/7098/6732/3936/9057) ran once from 01:47 on 2026-12-08 (network
 * rules of `8e0dde8`, unchanged; dealer rules of `1967fa4`) and is tuning data now. Held-out ranges;
 * run ONCE after the rules are frozen, then move it to PAST_HELD_OUT_SETS with when it ran.
 */
export const CURRENT_HELD_OUT_SET: HeldOutSet = { name: 'sixty-third', fixed: '2026-12-08 02:11', s: [7114, 5929, 9332, 2508, 4809], m: [2810, 8281] };

/**
 * The blind generator's held-out run (bench/trafficking.blind.ts), fixed on 2026-12-05 at 15:27 UTC
 * before any run on it: the blind shapes planted with their own seed 7771 into the thirty-second
 * set's M backgrounds. The blind seed 20261205 on M 4321/8765 ran once at 15:18 and was read for
 * misses: tuning data now. Run once with the thirty-second set (15:43 UTC): tuning data now too. The
 * next blind held-out run, fixed at 15:43 UTC before any run on it: blind seed 9091 on the
 * thirty-third set's M backgrounds; run once at 16:25, tuning data now too. The next, fixed at
 * 16:26 UTC before any run on it: blind seed 6161 on the thirty-fourth set's M backgrounds; run once
 * at 19:40 (182/212 detectable), tuning data now. The next, fixed at 19:49 UTC before any run on
 * it: blind seed 7373 on the thirty-fifth set's M backgrounds; run once at 21:41 (166/210
 * detectable), tuning data now. The next, fixed at 21:42 UTC before any run on it: blind seed 9292
 * on the thirty-sixth set's M backgrounds; run once at 22:15 (173/204 detectable), tuning data now.
 * The next, fixed at 22:20 UTC before any run on it: blind seed 6868 on the thirty-seventh set's M
 * backgrounds; run once at 00:43 on 2026-12-06 (179/212 detectable), tuning data now. The next,
 * fixed on 2026-12-06 at 00:50 UTC before any run on it: blind seed 7117 on the thirty-eighth set's
 * M backgrounds; run once at 02:09 (163/216 detectable), tuning data now. The next, fixed on
 * 2026-12-06 at 03:00 UTC before any run on it: blind seed 8118 on the thirty-ninth set's M
 * backgrounds; run once at 03:19 (172/205 detectable), read for its look-alikes: tuning data now.
 * The next, fixed at 03:35 UTC before any run on it: blind seed 5533 on the fortieth set's M
 * backgrounds; run once at 03:38 (164/203 detectable), tuning data now. The next, fixed at 05:25
 * UTC before any run on it: blind seed 3773 on the forty-first set's M backgrounds; run once at
 * 05:59 (159/207 detectable), tuning data now. The next, fixed at 08:10 UTC before any run on it:
 * blind seed 4664 on the forty-second set's M backgrounds; run once at 09:29 (164/202
 * detectable), tuning data now. The next, fixed at 09:36 UTC before any run on it: blind seed 5886
 * on the forty-third set's M backgrounds; run once at 11:50 (179/209 detectable), tuning data now.
 * The next, fixed at 11:56 UTC before any run on it: blind seed 7108 on the forty-fourth set's M
 * backgrounds; run once at 14:12 (175/208 detectable), tuning data now. The next, fixed at 14:54
 * UTC before any run on it: blind seed 3419 on the forty-fifth set's M backgrounds; run once at
 * 17:31 (169/215 detectable), tuning data now. The next, fixed at 18:02 UTC before any run on it:
 * blind seed 5631 on the forty-sixth set's M backgrounds; run once at 18:23 (159/204 detectable),
 * tuning data now. The next, fixed at 18:31 UTC before any run on it: blind seed 6853 on the
 * forty-seventh set's M backgrounds; run once at 20:19 (178/203 detectable), tuning data now. The
 * next, fixed at 20:29 UTC before any run on it: blind seed 7287 on the forty-eighth set's M
 * backgrounds; run once at 21:38 (172/206 detectable), tuning data now. The next, fixed at 21:47
 * UTC before any run on it: blind seed 9305 on the forty-ninth set's M backgrounds; run once at
 * 23:30 (172/213 detectable), tuning data now. The next, fixed at 23:42 UTC before any run on it:
 * blind seed 6410 on the fiftieth set's M backgrounds; run once at 23:51 (171/208 detectable),
 * tuning data now. The next, fixed on 2026-12-07 at 00:03 UTC before any run on it: blind seed 7521
 * on the fifty-first set's M backgrounds; run once at 00:35 (175/210 detectable), tuning data now.
 * The next, fixed at 00:48 UTC before any run on it: blind seed 8632 on the fifty-second set's M
 * backgrounds; run once at 02:38 (173/209 detectable), tuning data now. The next, fixed at 02:50 UTC
 * before any run on it: blind seed 9743 on the fifty-third set's M backgrounds; run once at 03:25
 * (176/209 detectable), tuning data now. The next, fixed at 03:36 UTC before any run on it: blind
 * seed 4857 on the fifty-fourth set's M backgrounds; run once at 05:52 (164/212 detectable),
 * tuning data now. The next, fixed at 06:12 UTC before any run on it: blind seed 5968 on the
 * fifty-fifth set's M backgrounds; run once at 09:00 (170/202 detectable), tuning data now. The
 * next, fixed at 09:40 UTC before any run on it: blind seed 6179 on the fifty-sixth set's M
 * backgrounds; run once at 12:16 (170/209 detectable), tuning data now. The next, fixed at 12:41
 * UTC before any run on it: blind seed 6382 on the fifty-seventh set's M backgrounds; run once at
 * 16:00 (173/207 detectable), tuning data now. The next, fixed at 16:24 UTC before any run on it:
 * blind seed 7493 on the fifty-eighth set's M backgrounds; run once at 16:34 (175/207 detectable),
 * tuning data now. The next, fixed at 16:52 UTC before any run on it: blind seed 8604 on the
 * fifty-ninth set's M backgrounds; run once at 17:22 (171/208 detectable), tuning data now. The
 * next, fixed at 17:29 UTC before any run on it: blind seed 4310 on the sixtieth set's M
 * backgrounds; run once at 19:07 (158/202 detectable), tuning data now. The next, fixed at 19:28
 * UTC before any run on it: blind seed 1551 on the sixty-first set's M backgrounds; run once at
 * 22:31 (180/210 detectable), tuning data now. The next, fixed at 22:47 UTC before any run on
 * it: blind seed 3360 on the sixty-second set's M backgrounds; run once at 01:53 on 2026-12-08
 * (163/208 detectable), tuning data now. The next, fixed on 2026-12-08 at 02:11 UTC before any run
 * on it: blind seed 7631 on the sixty-third set's M backgrounds.
 */
export const BLIND_HELD_OUT = { backgrounds: CURRENT_HELD_OUT_SET.m, blindSeed: 7631, casesPerShape: 10 } as const;

/** What a run's seeds are, for the benchmark output: the once-run fresh held-out set, or data looked at while tuning. */
export function splitNote(scale: string, seeds: number[]): string {
  const fresh = scale === 'M' ? CURRENT_HELD_OUT_SET.m : CURRENT_HELD_OUT_SET.s;
  const set = `M ${CURRENT_HELD_OUT_SET.m.join('/')}, S ${CURRENT_HELD_OUT_SET.s.join('/')}`;
  const fixed = `${CURRENT_HELD_OUT_SET.fixed} UTC`;
  if (seeds.length > 0 && seeds.every((s) => fresh.includes(s)))
    return `Evaluation split: FRESH HELD-OUT (fixed ${fixed} before any run: ${set}), run once after the rules were frozen; figures as they came out. Tuning data: every seed run before (${tuningSeedsRun()}).`;
  return `Evaluation split: TUNING DATA (seeds ${seeds.join('/')} were run before ${fixed} or are tuning seeds; looked at while revising the rules). The fresh held-out set is ${set}.`;
}

/** Every seed run before the current set, as the benchmark output lists them. */
function tuningSeedsRun(): string {
  // At M the first tuning seed, the first held-out seed and the third set's M seed ran before the numbered sets.
  const early = [[TUNING_SEEDS[0]!], [HELD_OUT_SEEDS[0]!], FRESH_HELD_OUT_SEEDS_M];
  const m = [...early, ...PAST_HELD_OUT_SETS.map((set) => set.m), ...OTHER_TUNING_M].map((seeds) => `M ${seeds.join('/')}`);
  const s = PAST_HELD_OUT_SETS.map((set) => `S ${set.s.join('/')}`);
  return [`S ${TUNING_SEEDS.join('/')} and all earlier S held-out sets`, ...m, ...s].join(', ');
}

/**
 * The blind dealers' held-out run (bench/dealer-risk.blind.ts), fixed on 2026-12-05 at 16:22 UTC
 * before any run on it: blind seed 4242 on the thirty-third set's M backgrounds, 4 dealers per shape.
 * The blind seed 20261205 on M 4321/8765 ran once and was read: tuning data. Run once at 16:29
 * (10/48 in the top 2K): tuning data now too. The next, fixed on 2026-12-05 at 18:21 UTC before
 * any run on it: blind seed 5151 on the thirty-fourth set's M backgrounds (the repeat-purchaser
 * weights were tuned on blind seed 20261205 and five generator seeds only); run once at 19:08
 * (every planted bad dealer counted: 69/96), tuning data now. The next, fixed at 19:12 UTC before
 * any run on it: blind seed 6262 on the thirty-fifth set's M backgrounds; not run. At 21:59 the
 * thirty-fifth set's own planted dealers had been read (the Demand Letter 2 change), so the run
 * moved, before any run, to the thirty-sixth set's M backgrounds with the same, unseen blind seed;
 * run once at 22:16 (every planted bad dealer counted: 69/96), tuning data now. The next, fixed at
 * 22:24 UTC before any run on it: blind seed 7575 on the thirty-seventh set's M backgrounds; run
 * once at 00:44 on 2026-12-06 (every planted bad dealer counted: 80/96), tuning data now. The next,
 * fixed on 2026-12-06 at 00:50 UTC before any run on it: blind seed 9339 on the thirty-eighth set's
 * M backgrounds; run once at 02:09 (every planted bad dealer counted: 78/96), tuning data now. The
 * next, fixed at 03:00 UTC before any run on it: blind seed 4994 on the thirty-ninth set's M
 * backgrounds; run once at 03:20 (every planted bad dealer counted: 77/96), tuning data now. The
 * next, fixed at 03:35 UTC before any run on it: blind seed 6644 on the fortieth set's M backgrounds;
 * run once at 03:38 (every planted bad dealer counted: 80/96), tuning data now. The next, fixed at
 * 05:25 UTC before any run on it: blind seed 2882 on the forty-first set's M backgrounds; run once
 * at 06:02 (every planted bad dealer counted: 77/96), tuning data now. The next, fixed at 08:10 UTC
 * before any run on it: blind seed 5995 on the forty-second set's M backgrounds; run once at 09:30
 * (every planted bad dealer counted: 78/96), tuning data now. The next, fixed at 09:36 UTC before
 * any run on it: blind seed 6997 on the forty-third set's M backgrounds; run once at 11:50 (every
 * planted bad dealer counted: 78/96), tuning data now. The next, fixed at 11:56 UTC before any run on
 * it: blind seed 8219 on the forty-fourth set's M backgrounds; run once at 14:14 (every planted bad
 * dealer counted: 80/96), tuning data now. The next, fixed at 14:54 UTC before any run on it: blind
 * seed 4520 on the forty-fifth set's M backgrounds; run once at 17:32 (every planted bad dealer
 * counted: 80/96), tuning data now. The next, fixed at 18:02 UTC before any run on it: blind seed
 * 6742 on the forty-sixth set's M backgrounds; run once at 18:27 (every planted bad dealer counted:
 * 79/96), tuning data now. The next, fixed at 18:31 UTC before any run on it: blind seed 7964 on the
 * forty-seventh set's M backgrounds; run once at 20:22 (every planted bad dealer counted: 80/96),
 * tuning data now. The next, fixed at 20:29 UTC before any run on it: blind seed 8396 on the
 * forty-eighth set's M backgrounds; run once at 21:41 (every planted bad dealer counted: 79/96),
 * tuning data now. The next, fixed at 21:47 UTC before any run on it: blind seed 4416 on the
 * forty-ninth set's M backgrounds; run once at 23:30 (every planted bad dealer counted: 78/96),
 * tuning data now. The next, fixed at 23:42 UTC before any run on it: blind seed 5527 on the
 * fiftieth set's M backgrounds; run once at 23:51 (every planted bad dealer counted: 80/96),
 * tuning data now. The next, fixed on 2026-12-07 at 00:03 UTC before any run on it: blind seed 6638
 * on the fifty-first set's M backgrounds; run once at 00:35 (every planted bad dealer counted:
 * 77/96), tuning data now. The next, fixed at 00:48 UTC before any run on it: blind seed 7749 on
 * the fifty-second set's M backgrounds; run once from 02:38 (every planted bad dealer counted:
 * 73/96), tuning data now. The next, fixed at 02:50 UTC before any run on it: blind seed 8851 on the
 * fifty-third set's M backgrounds; run once from 03:25 (every planted bad dealer counted: 78/96),
 * tuning data now. The next, fixed at 03:36 UTC before any run on it: blind seed 2579 on the
 * fifty-fourth set's M backgrounds; run once from 05:52 (every planted bad dealer counted: 80/96),
 * tuning data now. The next, fixed at 06:12 UTC before any run on it: blind seed 3681 on the
 * fifty-fifth set's M backgrounds; run once from 09:01 (every planted bad dealer counted: 81/96),
 * tuning data now. The next, fixed at 09:40 UTC before any run on it: blind seed 4792 on the
 * fifty-sixth set's M backgrounds; run once from 12:17 (every planted bad dealer counted: 78/96),
 * tuning data now. The next, fixed at 12:41 UTC before any run on it: blind seed 4915 on the
 * fifty-seventh set's M backgrounds; run once from 16:01 (every planted bad dealer counted: 77/96),
 * tuning data now. The next, fixed at 16:24 UTC before any run on it: blind seed 5027 on the
 * fifty-eighth set's M backgrounds; run once from 16:34 (every planted bad dealer counted: 79/96),
 * tuning data now. The next, fixed at 16:52 UTC before any run on it: blind seed 6138 on the
 * fifty-ninth set's M backgrounds; run once from 17:22 (every planted bad dealer counted: 78/96),
 * tuning data now. The next, fixed at 17:29 UTC before any run on it: blind seed 5360 on the
 * sixtieth set's M backgrounds; run once from 19:07 (every planted bad dealer counted: 82/96),
 * tuning data now. The next, fixed at 19:28 UTC before any run on it: blind seed 4074 on the
 * sixty-first set's M backgrounds; run once from 22:32 (every planted bad dealer counted: 80/96),
 * tuning data now. The next, fixed at 22:47 UTC before any run on it: blind seed 9287 on the
 * sixty-second set's M backgrounds; run once from 01:53 on 2026-12-08 (every planted bad dealer
 * counted: 80/96), tuning data now. The next, fixed on 2026-12-08 at 02:11 UTC before any run on
 * it: blind seed 7818 on the sixty-third set's M backgrounds.
 */
export const BLIND_DEALERS_HELD_OUT = { backgrounds: CURRENT_HELD_OUT_SET.m, blindSeed: 7818, dealersPerShape: 4 } as const;

/**
 * The second blind authors' first runs (bench/blind-second/ and bench/blind-dealers-second/, written
 * on 2026-12-06 by authors who read neither the rules or the scoring, the project's generator, nor
 * the first blind author's shapes), fixed at 23:23 UTC on 2026-12-06, before either generator
 * existed: seeds 2207 (trafficking, run once at 23:35: 124/170 detectable) and 3318 (dealers, run
 * once from 23:39) on the forty-ninth set's M backgrounds, tuning data now. The next, fixed at
 * 23:42 UTC before any run on it: their seeds 3421 and 4533 on the fiftieth set's M backgrounds;
 * run once at 23:51 (124/170 detectable) and from 23:55 (82/104), tuning data now. The next, fixed
 * on 2026-12-07 at 00:03 UTC before any run on it: their seeds 4632 and 5744 on the fifty-first
 * set's M backgrounds; run once at 00:35 (121/172 detectable) and from 00:39 (81/104), tuning data
 * now. The next, fixed at 00:48 UTC before any run on it: their seeds 5743 and 6855 on the
 * fifty-second set's M backgrounds; run once at 02:48 (112/165 detectable; a first attempt stopped
 * at planting, before any detection: bench/blind-second/README.md) and from 02:42 (78/104), tuning
 * data now. The next, fixed at 02:50 UTC before any run on it: their seeds 6854 and 7966 on the
 * fifty-third set's M backgrounds; run once at 03:25 (102/157 detectable) and from 03:30 (79/104),
 * tuning data now. The next, fixed at 03:36 UTC before any run on it: their seeds 3968 and 1693 on
 * the fifty-fourth set's M backgrounds; run once at 05:52 (115/162 detectable) and from 06:01
 * (75/104), tuning data now. The next, fixed at 06:12 UTC before any run on it: their seeds
 * 4179 and 2794 on the fifty-fifth set's M backgrounds; run once at 09:00 (117/168 detectable) and
 * from 09:12 (78/104), tuning data now. The next, fixed at 09:40 UTC before any run on it: their
 * seeds 5281 and 3805 on the fifty-sixth set's M backgrounds; run once at 12:25 (112/164
 * detectable; a first attempt stopped at planting, before any detection:
 * bench/blind-harness/plant-into.ts, withoutUnmentionedPeople) and from 12:22 (80/104), tuning data
 * now. The next, fixed at 12:41 UTC before any run on it: their seeds 5493 and 3926 on the
 * fifty-seventh set's M backgrounds; run once at 16:01 (119/165 detectable) and from 16:09
 * (78/104), tuning data now. The next, fixed at 16:24 UTC before any run on it: their seeds 6514
 * and 4139 on the fifty-eighth set's M backgrounds; run once at 16:34 (115/165 detectable) and from
 * 16:39 (76/104), tuning data now. The next, fixed at 16:52 UTC before any run on it: their seeds 7625
 * and 5249 on the fifty-ninth set's M backgrounds; run once at 17:22 (120/179 detectable) and from
 * 17:26 (77/104), tuning data now. The next, fixed at 17:29 UTC before any run on it: their seeds
 * 7081 and 2709 on the sixtieth set's M backgrounds; run once at 19:07 (122/172 detectable) and
 * from 19:15 (76/104), tuning data now. The next, fixed at 19:28 UTC before any run on it: their
 * seeds 4017 and 5913 on the sixty-first set's M backgrounds; run once at 22:32 (119/166
 * detectable) and from 22:36 (83/104), tuning data now. The next, fixed at 22:47 UTC before any
 * run on it: their seeds 5437 and 6982 on the sixty-second set's M backgrounds; run once at 01:53
 * on 2026-12-08 (120/163 detectable) and from 01:57 (80/104), tuning data now. The next, fixed on
 * 2026-12-08 at 02:11 UTC before any run on it: their seeds 2926 and 6256 on the sixty-third set's
 * M backgrounds.
 */
export const SECOND_BLIND_HELD_OUT = { author: 'second', backgrounds: CURRENT_HELD_OUT_SET.m, blindSeed: 2926, casesPerShape: 10 } as const;
export const SECOND_BLIND_DEALERS_HELD_OUT = { author: 'second', backgrounds: CURRENT_HELD_OUT_SET.m, blindSeed: 6256, dealersPerShape: 4 } as const;
