import { createHash } from 'node:crypto';

/**
 * Content hash of a stored analysis result (everything but the run's timestamp): the analysis
 * job compares it with the hash stored beside the result and rewrites only what changed, so a
 * re-run after a small import writes what the import touched, not the whole graph's results.
 */
export const contentHash = (value: unknown): string => createHash('sha1').update(JSON.stringify(value)).digest('base64');
