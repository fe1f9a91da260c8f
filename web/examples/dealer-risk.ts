import cytoscape from 'cytoscape';
import { chartStyle } from '../chart/chart-style.js';
import { readPageConfig, storedToken, type DealerRiskExampleConfig } from '../shared/page-config.js';
import './dealer-risk.css';

/**
 * The worked example of docs/frontend.md: a front-end page that sends a registered document by
 * its id (`documentId`, trusted documents) with a bearer token, and hands the subgraph's nodes
 * and edges to Cytoscape.js as they come (they are Cytoscape element data).
 */
interface Answer {
  data?: {
    ffl: {
      id: string;
      license: string;
      name: string;
      city: string | null;
      state: string;
      risk: { score: number; rank: number; topIndicators: Array<{ key: string; label: string; value: number }> } | null;
    } | null;
    dealerRiskSubgraph: { truncated: boolean; nodes: Array<Record<string, unknown> & { id: string }>; edges: Array<Record<string, unknown> & { id: string }> };
  } | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const config = readPageConfig<DealerRiskExampleConfig>();

/** Cytoscape compares `null >= 0` as true: a dealer with no score yet must not carry riskScore at all. */
const withoutNulls = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null)) as { id: string };
const $ = (id: string) => document.getElementById(id)!;
const status = (text: string, state: 'loading' | 'ready' | 'error' | 'empty') => {
  $('status').textContent = text;
  document.body.dataset.state = state;
};

async function run(): Promise<void> {
  const token = storedToken() ?? config.token;
  if (!config.license) return status("Enter a dealer's FFL license number.", 'empty');
  if (!token) return status(`No token: ${config.tokenNote}`, 'empty');
  status(`Loading dealer ${config.license}...`, 'loading');
  const response = await fetch(config.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    // The document itself never travels: the service runs the registered one with this id.
    body: JSON.stringify({ documentId: config.documentId, variables: { license: config.license, depth: 2, limit: 300 } }),
    credentials: 'omit',
  });
  const answer = (await response.json()) as Answer;
  if (answer.errors?.length || !answer.data) {
    return status(answer.errors?.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ') ?? `HTTP ${response.status}`, 'error');
  }
  const { ffl, dealerRiskSubgraph: graph } = answer.data;
  const dealer = $('dealer');
  dealer.replaceChildren();
  const title = document.createElement('h2');
  title.textContent = ffl ? `${ffl.name} (${ffl.license}), ${ffl.city ?? ''} ${ffl.state}` : config.license;
  dealer.append(title);
  const list = document.createElement('ul');
  const risk = ffl?.risk;
  const item = (text: string) => Object.assign(document.createElement('li'), { textContent: text });
  list.append(item(risk ? `Risk score ${risk.score.toFixed(1)}, rank ${risk.rank}` : 'No risk score yet (the analysis job has not run)'));
  for (const i of risk?.topIndicators ?? []) list.append(item(`${i.label}: ${i.value}`));
  dealer.append(list);

  const cy = cytoscape({
    container: $('cy'),
    style: chartStyle(),
    elements: [
      ...graph.nodes.map((data) => ({ group: 'nodes' as const, data: withoutNulls(data) })),
      ...graph.edges.map((data) => ({ group: 'edges' as const, data })),
    ],
    layout: { name: 'cose', animate: false, randomize: false, padding: 30 } as never,
  });
  (window as unknown as { cgDealerRisk: unknown }).cgDealerRisk = { cy };
  status(`${graph.nodes.length} nodes, ${graph.edges.length} links${graph.truncated ? ' (truncated)' : ''}.`, 'ready');
}

run().catch((error: unknown) => status(`Failed: ${(error as Error).message}`, 'error'));
