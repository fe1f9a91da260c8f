import type { Gateway } from '../src/db/gateway.js';

/** Loads the scale-S demo graph when the graph is empty (seeds/ owns this). */
export async function loadDemoDataIfEmpty(_gateway: Gateway, _log: (m: string) => void): Promise<void> {}
