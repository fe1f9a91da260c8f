/**
 * The fixed split of the trafficking evaluation. TUNING: the only seeds (with the `tuning`
 * parameter ranges of seeds/typologies/ranges.ts) looked at while choosing thresholds.
 * HELD_OUT: other seeds with the `heldout` (shifted, wider) ranges, for the figures to quote.
 */
export const TUNING_SEEDS = [42, 101, 202];
export const HELD_OUT_SEEDS = [7, 1234, 5555];
/**
 * A second held-out set, fixed on 2026-12-02 before any result on it was looked at: the misses of
 * HELD_OUT_SEEDS were printed and diagnosed (bench/trafficking.explain.ts) while the evidence rules
 * were revised, so HELD_OUT_SEEDS is no longer untouched. Figures quoted as "fresh held-out" come
 * from these seeds with the held-out ranges, run once after the rules were final.
 */
export const FRESH_HELD_OUT_SEEDS = [11, 606, 4040, 9090, 31415];
/**
 * A third held-out set, fixed on 2026-12-02 before any result on it was looked at and run once,
 * after the recruiter-campaign, receiving-household and false-discovery-rate rules were final:
 * S seeds with the held-out ranges, and one M seed (M seed 7 had been run before).
 */
export const FRESH_HELD_OUT_SEEDS_2 = [23, 808, 2026, 7777, 65537];
export const FRESH_HELD_OUT_SEEDS_M = [99];
/**
 * The fourth held-out set, fixed on 2026-12-02 at 08:10 UTC before any run on it: everything run
 * before (every seed above, at S and M, and M 42/7/99) is now tuning data, looked at while the
 * rules were revised. These seeds, with the held-out ranges, are run ONCE after the rules are
 * frozen, and their figures are reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_3 = [3141, 2468, 1357, 9753, 8642];
export const FRESH_HELD_OUT_SEEDS_M_3 = [5150, 8088];

/**
 * The fifth held-out set, fixed on 2026-12-02 at 14:03 UTC before any run on it: everything run
 * before (every seed above, including M 5150/8088 and S 3141/2468/1357/9753/8642) is now tuning
 * data. Held-out ranges; run ONCE after the rules were frozen, figures reported as they came out.
 */
export const FRESH_HELD_OUT_SEEDS_4 = [1717, 2828, 3939, 4646, 5757];
export const FRESH_HELD_OUT_SEEDS_M_4 = [6161, 7272];

/**
 * The sixth held-out set, fixed on 2026-12-02 at 18:06 UTC before any run on it: everything run
 * before (every seed above, including M 6161/7272 and S 1717/2828/3939/4646/5757) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_5 = [1212, 2323, 3434, 4545, 5656];
export const FRESH_HELD_OUT_SEEDS_M_5 = [6262, 7373];

/**
 * The seventh held-out set, fixed on 2026-12-03 at 13:17 UTC before any run on it: everything run
 * before (every seed above, including M 6262/7373 and S 1212/2323/3434/4545/5656) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_6 = [1515, 2626, 3737, 4848, 5959];
export const FRESH_HELD_OUT_SEEDS_M_6 = [8383, 9494];

/**
 * The eighth held-out set, fixed on 2026-12-03 at 15:32 UTC before any run on it: everything run
 * before (every seed above, including M 8383/9494 and S 1515/2626/3737/4848/5959) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_7 = [1616, 2727, 3838, 4949, 6060];
export const FRESH_HELD_OUT_SEEDS_M_7 = [8484, 9595];

/**
 * The ninth held-out set, fixed on 2026-12-03 at 16:50 UTC before any run on it: everything run
 * before (every seed above, including M 8484/9595 and S 1616/2727/3838/4949/6060) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_8 = [1818, 2929, 3131, 4343, 5353];
export const FRESH_HELD_OUT_SEEDS_M_8 = [8585, 9696];

/**
 * The tenth held-out set, fixed on 2026-12-03 at 18:44 UTC before any run on it: everything run
 * before (every seed above, including M 8585/9696 and S 1818/2929/3131/4343/5353) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_9 = [1919, 3030, 4141, 5252, 6363];
export const FRESH_HELD_OUT_SEEDS_M_9 = [8686, 9797];

/**
 * The eleventh held-out set, fixed on 2026-12-03 at 21:21 UTC before any run on it: everything run
 * before (every seed above, including M 8686/9797 and S 1919/3030/4141/5252/6363) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_10 = [2525, 3636, 4747, 5858, 6969];
export const FRESH_HELD_OUT_SEEDS_M_10 = [8787, 9898];

/**
 * The twelfth held-out set, fixed on 2026-12-04 at 03:40 UTC before any run on it: everything run
 * before (every seed above, including M 8787/9898 and S 2525/3636/4747/5858/6969) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_11 = [7171, 7282, 8393, 9404, 6464];
export const FRESH_HELD_OUT_SEEDS_M_11 = [8888, 9999];

/**
 * The thirteenth held-out set, fixed on 2026-12-04 at 11:57 UTC before any run on it: everything run
 * before (every seed above, including M 8888/9999 and S 7171/7282/8393/9404/6464) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_12 = [1029, 3847, 5610, 7291, 9183];
export const FRESH_HELD_OUT_SEEDS_M_12 = [4321, 8765];

/**
 * The fourteenth held-out set, fixed on 2026-12-04 at 12:38 UTC before any run on it: everything run
 * before (every seed above, including M 4321/8765 and S 1029/3847/5610/7291/9183) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_13 = [1470, 2581, 3692, 4703, 5814];
export const FRESH_HELD_OUT_SEEDS_M_13 = [5432, 6789];

/**
 * The fifteenth held-out set, fixed on 2026-12-04 at 14:44 UTC before any run on it: everything run
 * before (every seed above, including M 5432/6789 and S 1470/2581/3692/4703/5814) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_14 = [2143, 3254, 4365, 5476, 6587];
export const FRESH_HELD_OUT_SEEDS_M_14 = [7698, 8709];

/**
 * The sixteenth held-out set, fixed on 2026-12-04 at 15:08 UTC before any run on it: everything run
 * before (every seed above, including M 7698/8709 and S 2143/3254/4365/5476/6587) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_15 = [7619, 8720, 9831, 1942, 3053];
export const FRESH_HELD_OUT_SEEDS_M_15 = [3197, 4208];

/**
 * The seventeenth held-out set, fixed on 2026-12-04 at 15:23 UTC before any run on it: everything
 * run before (every seed above, including M 3197/4208 and S 7619/8720/9831/1942/3053) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_16 = [8531, 9642, 1753, 2864, 3975];
export const FRESH_HELD_OUT_SEEDS_M_16 = [5317, 6428];

/**
 * The eighteenth held-out set, fixed on 2026-12-04 at 16:03 UTC before any run on it: everything
 * run before (every seed above, including M 5317/6428 and S 8531/9642/1753/2864/3975) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_17 = [2197, 3208, 4319, 5420, 6531];
export const FRESH_HELD_OUT_SEEDS_M_17 = [6539, 7640];

/**
 * The nineteenth held-out set, fixed on 2026-12-04 at 20:27 UTC before any run on it: everything
 * run before (every seed above, including M 6539/7640, M 6171/7282 and S 2197/3208/4319/5420/6531)
 * is now tuning data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_18 = [1123, 2234, 3345, 4456, 5567];
export const FRESH_HELD_OUT_SEEDS_M_18 = [2719, 4817];

/**
 * The twentieth held-out set, fixed on 2026-12-04 at 23:22 UTC before any run on it: everything
 * run before (every seed above, including M 2719/4817 and S 1123/2234/3345/4456/5567) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_19 = [4711, 5822, 6933, 8044, 9155];
export const FRESH_HELD_OUT_SEEDS_M_19 = [3853, 6974];

/**
 * The twenty-first held-out set, fixed on 2026-12-05 at 01:15 UTC before any run on it: everything
 * run before (every seed above, including M 3853/6974 and S 4711/5822/6933/8044/9155) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_20 = [1289, 2390, 3401, 4512, 5623];
export const FRESH_HELD_OUT_SEEDS_M_20 = [6091, 7102];

/**
 * The twenty-second held-out set, fixed on 2026-12-05 at 02:16 UTC before any run on it: everything
 * run before (every seed above, including M 6091/7102 and S 1289/2390/3401/4512/5623) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_21 = [2357, 3468, 3579, 4680, 5791];
export const FRESH_HELD_OUT_SEEDS_M_21 = [8213, 9324];

/**
 * The twenty-third held-out set, fixed on 2026-12-05 at 02:30 UTC before any run on it: everything
 * run before (every seed above, including M 8213/9324 and S 2357/3468/3579/4680/5791) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_22 = [6802, 7913, 8024, 9135, 1246];
export const FRESH_HELD_OUT_SEEDS_M_22 = [4435, 5546];

/**
 * The twenty-fourth held-out set, fixed on 2026-12-05 at 03:45 UTC before any run on it: everything
 * run before (every seed above, including M 4435/5546 and S 6802/7913/8024/9135/1246) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_23 = [3582, 4692, 5703, 6814, 7925];
export const FRESH_HELD_OUT_SEEDS_M_23 = [5657, 6768];

/**
 * The twenty-fifth held-out set, fixed on 2026-12-05 at 04:13 UTC before any run on it: everything
 * run before (every seed above, including M 5657/6768 and S 3582/4692/5703/6814/7925) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_24 = [4803, 5914, 6025, 7136, 8247];
export const FRESH_HELD_OUT_SEEDS_M_24 = [7879, 8980];

/**
 * The twenty-sixth held-out set, fixed on 2026-12-05 at 05:33 UTC before any run on it: everything
 * run before (every seed above, including M 7879/8980 and S 4803/5914/6025/7136/8247) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_25 = [5061, 6172, 7283, 8394, 9405];
export const FRESH_HELD_OUT_SEEDS_M_25 = [9192, 2324];

/**
 * The twenty-seventh held-out set, fixed on 2026-12-05 at 07:00 UTC before any run on it: everything
 * run before (every seed above, including M 9192/2324 and S 5061/6172/7283/8394/9405) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_26 = [3146, 4257, 5368, 6479, 7580];
export const FRESH_HELD_OUT_SEEDS_M_26 = [6413, 7524];

/**
 * The twenty-eighth held-out set, fixed on 2026-12-05 at 08:06 UTC before any run on it: everything
 * run before (every seed above, including M 6413/7524 and S 3146/4257/5368/6479/7580) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_27 = [1471, 2582, 3693, 4704, 5815];
export const FRESH_HELD_OUT_SEEDS_M_27 = [8136, 9247];

/**
 * The twenty-ninth held-out set, fixed on 2026-12-05 at 10:24 UTC before any run on it: everything
 * run before (every seed above, including M 8136/9247 and S 1471/2582/3693/4704/5815) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_28 = [2683, 3794, 4807, 5918, 7029];
export const FRESH_HELD_OUT_SEEDS_M_28 = [3571, 4682];

/**
 * The thirtieth held-out set, fixed on 2026-12-05 at 13:02 UTC before any run on it: everything
 * run before (every seed above, including M 3571/4682 and S 2683/3794/4807/5918/7029) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_29 = [3905, 5016, 6127, 7238, 8349];
export const FRESH_HELD_OUT_SEEDS_M_29 = [5793, 6804];

/**
 * The thirty-first held-out set, fixed on 2026-12-05 at 13:24 UTC before any run on it: everything
 * run before (every seed above, including M 5793/6804 and S 3905/5016/6127/7238/8349) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_30 = [2461, 3572, 4683, 5794, 6805];
export const FRESH_HELD_OUT_SEEDS_M_30 = [4917, 6028];

/**
 * The thirty-second held-out set, fixed on 2026-12-05 at 14:04 UTC before any run on it: everything
 * run before (every seed above, including M 4917/6028 and S 2461/3572/4683/5794/6805) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_31 = [5682, 6793, 7804, 8915, 9026];
export const FRESH_HELD_OUT_SEEDS_M_31 = [7139, 8240];

/**
 * The thirty-third held-out set, fixed on 2026-12-05 at 15:43 UTC before any run on it: everything
 * run before (every seed above, including M 7139/8240 and S 5682/6793/7804/8915/9026) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_32 = [1608, 3820, 4931, 5042, 9876];
export const FRESH_HELD_OUT_SEEDS_M_32 = [6352, 7463];

/**
 * The thirty-fourth held-out set, fixed on 2026-12-05 at 16:26 UTC before any run on it: everything
 * run before (every seed above, including M 6352/7463 and S 1608/3820/4931/5042/9876) is now tuning
 * data. Held-out ranges; run ONCE after the rules are frozen, figures reported as they come out.
 */
export const FRESH_HELD_OUT_SEEDS_33 = [1739, 2840, 3951, 4062, 5173];
export const FRESH_HELD_OUT_SEEDS_M_33 = [5274, 6385];

/**
 * The thirty-fifth held-out set, fixed on 2026-12-05 at 19:12 UTC before any run on it: the
 * thirty-fourth (M 5274/6385, S 1739/2840/3951/4062/5173) ran once from 19:04 (rules of `8c21e33`)
 * and is tuning data now. Held-out ranges; run ONCE after the rules are frozen.
 */
export const FRESH_HELD_OUT_SEEDS_34 = [1862, 2973, 3084, 4195, 5206];
export const FRESH_HELD_OUT_SEEDS_M_34 = [6047, 8159];

/**
 * The thirty-sixth held-out set, fixed on 2026-12-05 at 21:42 UTC before any run on it: the
 * thirty-fifth (M 6047/8159, S 1862/2973/3084/4195/5206) ran once from 21:36 (rules of `bfed6e9`)
 * and is tuning data now. Held-out ranges; run ONCE after the rules are frozen.
 */
export const FRESH_HELD_OUT_SEEDS_35 = [2094, 3105, 4216, 5327, 6438];
export const FRESH_HELD_OUT_SEEDS_M_35 = [7264, 9381];

/**
 * The thirty-seventh held-out set, fixed on 2026-12-05 at 22:20 UTC before any run on it: the
 * thirty-sixth (M 7264/9381, S 2094/3105/4216/5327/6438) ran once from 22:08 (network rules of
 * `bfed6e9`, dealer rules of `24c9096`) and is tuning data now. Held-out ranges; run ONCE after the
 * rules are frozen.
 */
export const FRESH_HELD_OUT_SEEDS_36 = [3016, 4127, 5238, 6349, 7450];
export const FRESH_HELD_OUT_SEEDS_M_36 = [8372, 6495];

/**
 * The thirty-eighth held-out set, fixed on 2026-12-06 at 00:50 UTC before any run on it: the
 * thirty-seventh (M 8372/6495, S 3016/4127/5238/6349/7450) ran once from 00:36 (network rules of
 * `bfed6e9`, dealer rules of `1967fa4`) and is tuning data now. Held-out ranges; run ONCE after the
 * rules are frozen.
 */
export const FRESH_HELD_OUT_SEEDS_37 = [4082, 5193, 6204, 7315, 8426];
export const FRESH_HELD_OUT_SEEDS_M_37 = [9173, 5286];

/**
 * The thirty-ninth held-out set, fixed on 2026-12-06 at 03:00 UTC before any run on it: the
 * thirty-eighth (M 9173/5286, S 4082/5193/6204/7315/8426) ran once from 02:04 (network rules of
 * `bfed6e9`, dealer rules of `1967fa4`) and is tuning data now. Held-out ranges; run ONCE after the
 * rules are frozen.
 */
export const FRESH_HELD_OUT_SEEDS_38 = [2835, 3946, 5057, 6168, 7279];
export const FRESH_HELD_OUT_SEEDS_M_38 = [3461, 7592];

/**
 * The fortieth held-out set, fixed on 2026-12-06 at 03:35 UTC before any run on it: the
 * thirty-ninth (M 3461/7592, S 2835/3946/5057/6168/7279) ran once from 03:14 (network rules of
 * `0f797f7`, dealer rules of `1967fa4`) and is tuning data now. Held-out ranges; run ONCE after the
 * rules are frozen.
 */
export const FRESH_HELD_OUT_SEEDS_39 = [1984, 2095, 3106, 4217, 5328];
export const FRESH_HELD_OUT_SEEDS_M_39 = [4872, 6913];

/**
 * The forty-first held-out set, fixed on 2026-12-06 at 05:25 UTC before any run on it: the
 * fortieth (M 4872/6913, S 1984/2095/3106/4217/5328) ran once from 03:34 (network rules of
 * `28e3555`, dealer rules of `1967fa4`) and is tuning data now. Held-out ranges; run ONCE after the
 * rules are frozen.
 */
export const FRESH_HELD_OUT_SEEDS_40 = [2174, 3285, 4396, 5418, 6518];
export const FRESH_HELD_OUT_SEEDS_M_40 = [5962, 7083];

/**
 * The forty-second held-out set, fixed on 2026-12-06 at 08:10 UTC before any run on it: the
 * forty-first (M 5962/7083, S 2174/3285/4396/5418/6518) ran once from 05:54 (network rules of
 * `1ed2381`, dealer rules of `1967fa4`) and is tuning data now. Held-out ranges; run ONCE after the
 * rules are frozen.
 */
export const FRESH_HELD_OUT_SEEDS_41 = [3196, 4207, 5319, 6420, 7531];
export const FRESH_HELD_OUT_SEEDS_M_41 = [6184, 7295];

/**
 * The forty-third held-out set, fixed on 2026-12-06 at 09:36 UTC before any run on it: the
 * forty-second (M 6184/7295, S 3196/4207/5319/6420/7531) ran once from 09:25 (network rules of
 * `2d30ea8`, dealer rules of `1967fa4`) and is tuning data now. Held-out ranges; run ONCE after the
 * rules are frozen.
 */
export const FRESH_HELD_OUT_SEEDS_42 = [4318, 5429, 6530, 7642, 8753];
export const FRESH_HELD_OUT_SEEDS_M_42 = [7306, 8417];

/**
 * The forty-fourth held-out set, fixed on 2026-12-06 at 11:56 UTC before any run on it: the
 * forty-third (M 7306/8417, S 4318/5429/6530/7642/8753) ran once from 11:46 (network rules of
 * `8e0dde8`, the forty-second's unchanged; dealer rules of `1967fa4`) and is tuning data now.
 * Held-out ranges; run ONCE after the rules are frozen.
 */
export const FRESH_HELD_OUT_SEEDS_43 = [5431, 6542, 7653, 8764, 9875];
export const FRESH_HELD_OUT_SEEDS_M_43 = [8428, 9539];

/**
 * The forty-fifth held-out set, fixed on 2026-12-06 at 14:54 UTC before any run on it: the
 * forty-fourth (M 8428/9539, S 5431/6542/7653/8764/9875) ran once from 14:02 (network rules of
 * `8e0dde8`, unchanged; dealer rules of `1967fa4`) and is tuning data now. Held-out ranges; run
 * ONCE after the rules are frozen.
 */
export const FRESH_HELD_OUT_SEEDS_44 = [6297, 7308, 8419, 9520, 2742];
export const FRESH_HELD_OUT_SEEDS_M_44 = [4985, 5874];

/**
 * The forty-sixth held-out set, fixed on 2026-12-06 at 18:02 UTC before any run on it: the
 * forty-fifth (M 4985/5874, S 6297/7308/8419/9520/2742) ran once from 17:23 (network rules of
 * `8e0dde8`, unchanged; dealer rules of `1967fa4`) and is tuning data now. Held-out ranges; run
 * ONCE after the rules are frozen.
 */
export const FRESH_HELD_OUT_SEEDS_45 = [3864, 4975, 5086, 6197, 7208];
export const FRESH_HELD_OUT_SEEDS_M_45 = [6719, 7830];

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
 * blind seed 5631 on the forty-sixth set's M backgrounds.
 */
export const BLIND_HELD_OUT = { backgrounds: FRESH_HELD_OUT_SEEDS_M_45, blindSeed: 5631, casesPerShape: 10 } as const;

/**
 * The M seeds of every held-out set already run (the third to the forty-fifth), tuning data now:
 * `--seeds pool` runs them together, about 270 cases per typology where one set has 12.
 * The current fresh set is never in it.
 */
export const TUNING_POOL_M: number[] = [
  FRESH_HELD_OUT_SEEDS_M_3,
  FRESH_HELD_OUT_SEEDS_M_4,
  FRESH_HELD_OUT_SEEDS_M_5,
  FRESH_HELD_OUT_SEEDS_M_6,
  FRESH_HELD_OUT_SEEDS_M_7,
  FRESH_HELD_OUT_SEEDS_M_8,
  FRESH_HELD_OUT_SEEDS_M_9,
  FRESH_HELD_OUT_SEEDS_M_10,
  FRESH_HELD_OUT_SEEDS_M_11,
  FRESH_HELD_OUT_SEEDS_M_12,
  FRESH_HELD_OUT_SEEDS_M_13,
  FRESH_HELD_OUT_SEEDS_M_14,
  FRESH_HELD_OUT_SEEDS_M_15,
  FRESH_HELD_OUT_SEEDS_M_16,
  FRESH_HELD_OUT_SEEDS_M_17,
  FRESH_HELD_OUT_SEEDS_M_18,
  FRESH_HELD_OUT_SEEDS_M_19,
  FRESH_HELD_OUT_SEEDS_M_20,
  FRESH_HELD_OUT_SEEDS_M_21,
  FRESH_HELD_OUT_SEEDS_M_22,
  FRESH_HELD_OUT_SEEDS_M_23,
  FRESH_HELD_OUT_SEEDS_M_24,
  FRESH_HELD_OUT_SEEDS_M_25,
  FRESH_HELD_OUT_SEEDS_M_26,
  FRESH_HELD_OUT_SEEDS_M_27,
  FRESH_HELD_OUT_SEEDS_M_28,
  FRESH_HELD_OUT_SEEDS_M_29,
  FRESH_HELD_OUT_SEEDS_M_30,
  FRESH_HELD_OUT_SEEDS_M_31,
  FRESH_HELD_OUT_SEEDS_M_32,
  FRESH_HELD_OUT_SEEDS_M_33,
  FRESH_HELD_OUT_SEEDS_M_34,
  FRESH_HELD_OUT_SEEDS_M_35,
  FRESH_HELD_OUT_SEEDS_M_36,
  FRESH_HELD_OUT_SEEDS_M_37,
  FRESH_HELD_OUT_SEEDS_M_38,
  FRESH_HELD_OUT_SEEDS_M_39,
  FRESH_HELD_OUT_SEEDS_M_40,
  FRESH_HELD_OUT_SEEDS_M_41,
  FRESH_HELD_OUT_SEEDS_M_42,
  FRESH_HELD_OUT_SEEDS_M_43,
  FRESH_HELD_OUT_SEEDS_M_44,
].flat();

/** What a run's seeds are, for the benchmark output: the once-run fresh held-out set, or data looked at while tuning. */
export function splitNote(scale: string, seeds: number[]): string {
  const fresh = scale === 'M' ? FRESH_HELD_OUT_SEEDS_M_45 : FRESH_HELD_OUT_SEEDS_45;
  const set = `M ${FRESH_HELD_OUT_SEEDS_M_45.join('/')}, S ${FRESH_HELD_OUT_SEEDS_45.join('/')}`;
  if (seeds.length > 0 && seeds.every((s) => fresh.includes(s)))
    return `Evaluation split: FRESH HELD-OUT (fixed 2026-12-06 18:02 UTC before any run: ${set}), run once after the rules were frozen; figures as they came out. Tuning data: every seed run before (S 42/101/202 and all earlier S held-out sets, M 42, M 7, M 99, M 5150/8088, M 6161/7272, M 6262/7373, M 8383/9494, M 8484/9595, M 8585/9696, M 8686/9797, M 8787/9898, M 8888/9999, M 4321/8765, M 5432/6789, M 7698/8709, M 3197/4208, M 5317/6428, M 6539/7640, M 6171/7282, M 2719/4817, M 3853/6974, M 6091/7102, M 8213/9324, M 4435/5546, M 5657/6768, M 7879/8980, M 9192/2324, M 6413/7524, M 8136/9247, M 3571/4682, M 5793/6804, M 4917/6028, M 7139/8240, M 6352/7463, M 5274/6385, M 6047/8159, M 7264/9381, M 8372/6495, M 9173/5286, M 3461/7592, M 4872/6913, M 5962/7083, M 6184/7295, M 7306/8417, M 8428/9539, M 4985/5874, S 3141/2468/1357/9753/8642, S 1717/2828/3939/4646/5757, S 1212/2323/3434/4545/5656, S 1515/2626/3737/4848/5959, S 1616/2727/3838/4949/6060, S 1818/2929/3131/4343/5353, S 1919/3030/4141/5252/6363, S 2525/3636/4747/5858/6969, S 7171/7282/8393/9404/6464, S 1029/3847/5610/7291/9183, S 1470/2581/3692/4703/5814, S 2143/3254/4365/5476/6587, S 7619/8720/9831/1942/3053, S 8531/9642/1753/2864/3975, S 2197/3208/4319/5420/6531, S 1123/2234/3345/4456/5567, S 4711/5822/6933/8044/9155, S 1289/2390/3401/4512/5623, S 2357/3468/3579/4680/5791, S 6802/7913/8024/9135/1246, S 3582/4692/5703/6814/7925, S 4803/5914/6025/7136/8247, S 5061/6172/7283/8394/9405, S 3146/4257/5368/6479/7580, S 1471/2582/3693/4704/5815, S 2683/3794/4807/5918/7029, S 3905/5016/6127/7238/8349, S 2461/3572/4683/5794/6805, S 5682/6793/7804/8915/9026, S 1608/3820/4931/5042/9876, S 1739/2840/3951/4062/5173, S 1862/2973/3084/4195/5206, S 2094/3105/4216/5327/6438, S 3016/4127/5238/6349/7450, S 4082/5193/6204/7315/8426, S 2835/3946/5057/6168/7279, S 1984/2095/3106/4217/5328, S 2174/3285/4396/5418/6518, S 3196/4207/5319/6420/7531, S 4318/5429/6530/7642/8753, S 5431/6542/7653/8764/9875, S 6297/7308/8419/9520/2742).`;
  return `Evaluation split: TUNING DATA (seeds ${seeds.join('/')} were run before 2026-12-06 18:02 UTC or are tuning seeds; looked at while revising the rules). The fresh held-out set is ${set}.`;
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
 * 6742 on the forty-sixth set's M backgrounds.
 */
export const BLIND_DEALERS_HELD_OUT = { backgrounds: FRESH_HELD_OUT_SEEDS_M_45, blindSeed: 6742, dealersPerShape: 4 } as const;
