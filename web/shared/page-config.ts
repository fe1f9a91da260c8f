/**
 * What the server puts into a page (a JSON script element, so no inline script runs and the
 * Content-Security-Policy can forbid them). src/web writes it; web/ reads it.
 */
export interface ExampleOperation {
  /** File name in schema/operations, without .graphql. */
  name: string;
  title: string;
  description: string;
  query: string;
  /** JSON text, pre-filled with ids that exist in the current database. */
  variables: string;
}

export interface GraphiqlPageConfig {
  endpoint: string;
  /** A local token (local mode only); null in production, where the user supplies one. */
  token: string | null;
  tokenNote: string;
  examples: ExampleOperation[];
}

export interface ChartPageConfig {
  endpoint: string;
  token: string | null;
  tokenNote: string;
  seeds: string[];
  depth: number;
  limit: number;
  /** A seed to suggest when the page opens with none. */
  exampleSeed: string | null;
  /** A saved investigation to reopen (`?investigation=<id>&version=<n>`), instead of seeds. */
  investigation: string | null;
  version: number | null;
}

/** The printable case report of a saved investigation (/case-report). */
export interface CaseReportPageConfig {
  endpoint: string;
  token: string | null;
  tokenNote: string;
  investigation: string | null;
  version: number | null;
}

/** The dealer-risk example page (docs/frontend.md): a registered document run by its id. */
export interface DealerRiskExampleConfig {
  endpoint: string;
  token: string | null;
  tokenNote: string;
  /** `sha256:<hex>` of schema/operations/DealerRiskSubgraph.graphql: sent instead of the document. */
  documentId: string;
  license: string | null;
}

/** The agency dashboard (/dashboard). */
export interface DashboardPageConfig {
  endpoint: string;
  token: string | null;
  tokenNote: string;
}

/** The printable agency feedback report (/report). */
export interface ReportPageConfig {
  endpoint: string;
  token: string | null;
  tokenNote: string;
  ori: string | null;
  from: string | null;
  to: string | null;
}

export function readPageConfig<T>(): T {
  const element = document.getElementById('page-config');
  if (!element?.textContent) throw new Error('The page has no configuration');
  return JSON.parse(element.textContent) as T;
}

const TOKEN_KEY = 'crimegun-graph.token';

/** A pasted token lives in sessionStorage only: gone when the tab closes, never on disk for long. */
export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token.trim());
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage disabled: the token lasts as long as the page.
  }
}
