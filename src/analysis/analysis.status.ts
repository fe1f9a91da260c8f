import { cypher } from '../db/cypher.registry.js';
import type { Gateway } from '../db/gateway.js';

const storedCounts = cypher('analysis/stored-counts');

export interface StoredAnalysis {
  ffls: number;
  fflsWithScore: number;
  fflComputedAt: string[];
  dealerRisks: number;
  riskComputedAt: string[];
  networks: number;
  networkComputedAt: string[];
  memberships: number;
}

/** What the stored analysis results hold (the CLI prints it; tests check runs replace each other). */
export async function storedAnalysis(gateway: Gateway): Promise<StoredAnalysis> {
  const [row] = await gateway.read<StoredAnalysis>(storedCounts, {}, { operation: 'analysis:status' });
  return row!;
}
