/**
 * The fixed split of the trafficking evaluation. TUNING: the only seeds (with the `tuning`
 * parameter ranges of seeds/typologies/ranges.ts) looked at while choosing thresholds.
 * HELD_OUT: other seeds with the `heldout` (shifted, wider) ranges, for the figures to quote.
 */
export const TUNING_SEEDS = [42, 101, 202];
export const HELD_OUT_SEEDS = [7, 1234, 5555];
