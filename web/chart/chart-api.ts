import type { EdgeData, NodeData } from './chart-export.js';

export interface ChartData {
  nodes: NodeData[];
  edges: EdgeData[];
  truncated: boolean;
  omitted: { nodes: number; edges: number; byKind: Array<{ kind: string; count: number }>; cutAt: string[] };
}

const CHART_FIELDS = `
  nodes { id kind label properties riskScore distance }
  edges { id source target kind properties at }
  truncated
  omitted { nodes edges byKind { kind count } cutAt }`;

const LINK_CHART = `query ChartPage($seeds: [ID!]!, $depth: Int, $limit: Int) {
  linkChart(seeds: $seeds, depth: $depth, limit: $limit) { ${CHART_FIELDS} }
}`;

const EXPAND = `query ChartPageExpand($nodeId: ID!, $known: [ID!], $limit: Int) {
  expand(nodeId: $nodeId, known: $known, limit: $limit) { ${CHART_FIELDS} }
}`;

const SEARCH = `query ChartPageSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    totalCount
    edges { node { id kind key label detail } }
  }
}`;

/** The documents this page sends, exactly as sent: registered as trusted documents (src/documents). */
export const CHART_PAGE_DOCUMENTS = [LINK_CHART, EXPAND, SEARCH] as const;

/** One hit of the search box: `id` is the global id, a link-chart seed. */
export interface SearchHit {
  id: string;
  kind: string;
  key: string;
  label: string;
  detail: string | null;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

async function post<T>(endpoint: string, token: string | null, query: string, variables: Record<string, unknown>): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }), credentials: 'omit' });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors[0]!.extensions?.code);
  if (!body.data) throw new ApiError(`The service answered ${response.status}`, undefined);
  return body.data;
}

export async function fetchChart(endpoint: string, token: string | null, seeds: string[], depth: number, limit: number): Promise<ChartData> {
  return (await post<{ linkChart: ChartData }>(endpoint, token, LINK_CHART, { seeds, depth, limit })).linkChart;
}

export async function fetchExpand(endpoint: string, token: string | null, nodeId: string, known: string[], limit = 100): Promise<ChartData> {
  return (await post<{ expand: ChartData }>(endpoint, token, EXPAND, { nodeId, known: known.slice(-1000), limit })).expand;
}

export async function fetchSearch(endpoint: string, token: string | null, text: string, first = 12): Promise<{ totalCount: number; hits: SearchHit[] }> {
  const data = await post<{ search: { totalCount: number; edges: Array<{ node: SearchHit }> } }>(endpoint, token, SEARCH, { text, first });
  return { totalCount: data.search.totalCount, hits: data.search.edges.map((e) => e.node) };
}
