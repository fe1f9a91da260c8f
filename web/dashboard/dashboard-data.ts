/** GraphQL reads of the dashboard; the page sends the caller's token, so the API's rules and audit apply. */
export interface Summary {
  key: string;
  name: string | null;
  state: string | null;
  fieldDivision: string | null;
  /** Why the division grouping may be wrong here (docs/metrics.md); null when not known to be. */
  fieldDivisionCaveat: string | null;
  latitude: number | null;
  longitude: number | null;
  period: string;
  nibin: {
    casingsRecovered: number;
    casingsEntered: number;
    casingEntryShare: number | null;
    gunsRecovered: number;
    gunsTestFired: number;
    testFireShare: number | null;
    agenciesEnteringNothing: string[];
    agenciesRecovering: number;
  };
  timeliness: {
    entered: number;
    medianHours: number | null;
    p90Hours: number | null;
    within24hShare: number | null;
    within48hShare: number | null;
    histogram: Array<{ upToHours: number | null; casings: number }>;
    backlog: Array<{ fromDays: number; toDays: number | null; casings: number }>;
    backlogTotal: number;
  };
  tracing: {
    gunsTraced: number;
    tracedShare: number | null;
    medianRequestDelayDays: number | null;
    medianCompletionDays: number | null;
    completedWithin7DaysShare: number | null;
    dealerWithin24hShare: number | null;
  };
  leads: { leads: number; medianCorrelationToReviewHours: number | null; reviewedWithin48hShare: number | null };
  lateEntry: { lateCasings: number; shootingsLinkableEarlier: number; seriesAffected: number };
}

export const FIELDS = `key name state fieldDivision fieldDivisionCaveat latitude longitude period
  nibin { casingsRecovered casingsEntered casingEntryShare gunsRecovered gunsTestFired testFireShare agenciesEnteringNothing agenciesRecovering }
  timeliness { entered medianHours p90Hours within24hShare within48hShare histogram { upToHours casings } backlog { fromDays toDays casings } backlogTotal }
  tracing { gunsTraced tracedShare medianRequestDelayDays medianCompletionDays completedWithin7DaysShare dealerWithin24hShare }
  leads { leads medianCorrelationToReviewHours reviewedWithin48hShare }
  lateEntry { lateCasings shootingsLinkableEarlier seriesAffected }`;

export async function gql<T>(endpoint: string, token: string | null, query: string, variables: Record<string, unknown>): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }), credentials: 'omit' });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new Error(`The service answered ${response.status}`);
  return body.data;
}

const LEAGUE = `query DashboardLeague($period: String!, $measure: AgencyMeasure!, $scope: MetricScope!, $after: String) {
  agencyLeague(period: $period, measure: $measure, scope: $scope, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } } } }`;

/** Every row of a league (agencies, states or field divisions), page by page. */
export async function league(
  endpoint: string,
  token: string | null,
  period: string,
  measure: string,
  scope: 'AGENCY' | 'STATE' | 'FIELD_DIVISION',
): Promise<Summary[]> {
  const out: Summary[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    type Page = { agencyLeague: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Summary }> } };
    const page: Page = await gql<Page>(endpoint, token, LEAGUE, { period, measure, scope, after });
    out.push(...page.agencyLeague.edges.map((e) => e.node));
    if (!page.agencyLeague.pageInfo.hasNextPage) break;
    after = page.agencyLeague.pageInfo.endCursor;
  }
  return out;
}

const NATION = `query DashboardNation($from: String, $to: String) { agencyMetrics(scope: NATION, from: $from, to: $to) { ${FIELDS} } agencyMetricsTrend(scope: NATION, from: $from, to: $to) { ${FIELDS} } }`;

export async function nation(endpoint: string, token: string | null, period: string): Promise<{ total: Summary; trend: Summary[] }> {
  const range = period === 'ALL' ? { from: null, to: null } : period.length === 4 ? { from: `${period}-01`, to: `${period}-12` } : { from: period, to: period };
  const data = await gql<{ agencyMetrics: Summary; agencyMetricsTrend: Summary[] }>(endpoint, token, NATION, range);
  return { total: data.agencyMetrics, trend: data.agencyMetricsTrend };
}

/** The documents this page sends, registered as trusted documents (src/documents) so it works in production. */
export const DASHBOARD_PAGE_DOCUMENTS = [LEAGUE, NATION] as const;
