/**
 * Bounds of saved investigations: a saved chart is at most what the chart page can hold (the
 * link-chart `known` bound), and every text is short enough to read in a list.
 */
export const INVESTIGATION_LIMITS = {
  maxNodes: 1000,
  maxAnnotations: 200,
  maxName: 120,
  maxNote: 4000,
  maxAnnotationText: 1000,
  /** Users and agency one investigation may be shared with (the share list is returned whole). */
  maxShares: 200,
  /** Users named in one share or unshare call. */
  maxSharePerCall: 50,
  maxSubject: 200,
} as const;
