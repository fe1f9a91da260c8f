import './dashboard.css';
import { csvCell } from '../chart/chart-export.js';
import { readPageConfig, storedToken, type DashboardPageConfig } from '../shared/page-config.js';
import { league, nation, type Summary } from './dashboard-data.js';
import { AGENCY_COLUMNS, MONTH_COLUMNS, num, pct, renderHistogram, renderMap, renderTable, renderTrend, type Column } from './dashboard-render.js';

const config = readPageConfig<DashboardPageConfig>();
const token = () => storedToken() ?? config.token;
const $ = <T extends Element>(id: string) => document.getElementById(id) as unknown as T;
const status = (text: string, state: 'loading' | 'ready' | 'error') => {
  $<HTMLElement>('status').textContent = text;
  document.body.dataset.state = state;
};

const MEASURES: Array<[string, string]> = [
  ['WITHIN_24H_SHARE', 'Share entered within 24 h'],
  ['MEDIAN_ENTRY_HOURS', 'Median entry delay'],
  ['CASING_ENTRY_SHARE', 'Share of casings entered'],
  ['TEST_FIRE_SHARE', 'Share of guns test-fired'],
  ['TRACED_SHARE', 'Share of guns traced'],
  ['MEDIAN_TRACE_REQUEST_DAYS', 'Days to trace request'],
  ['LATE_ENTRY_SHOOTINGS', 'Shootings linkable earlier'],
];
for (const [value, label] of MEASURES) $<HTMLSelectElement>('measure').add(new Option(label, value));

/** What each CSV button exports: exactly the rows and columns of its table. */
const tables = new Map<string, { columns: Column[]; rows: Summary[] }>();
const BACKLOG_COLUMNS = (s: Summary): Column[] =>
  s.timeliness.backlog.map((b) => ({ header: `${b.fromDays}${b.toDays === null ? '+' : `-${b.toDays}`} days`, value: () => b.casings }));

function show(id: string, rows: Summary[], columns: Column[]): void {
  tables.set(id, { rows, columns });
  renderTable($<HTMLTableElement>(id), rows, columns);
}

async function load(): Promise<void> {
  const period = $<HTMLSelectElement>('period').value;
  const measure = $<HTMLSelectElement>('measure').value;
  status('Loading…', 'loading');
  try {
    const [agencies, states, divisions, us] = await Promise.all([
      league(config.endpoint, token(), period, measure, 'AGENCY'),
      league(config.endpoint, token(), period, measure, 'STATE'),
      league(config.endpoint, token(), period, measure, 'FIELD_DIVISION'),
      nation(config.endpoint, token(), period),
    ]);
    const t = us.total;
    const cards: Array<[string, string]> = [
      ['Agencies entering nothing', `${t.nibin.agenciesEnteringNothing.length} of ${t.nibin.agenciesRecovering}`],
      ['Casings entered', pct(t.nibin.casingEntryShare)],
      ['Entered within 24 h', pct(t.timeliness.within24hShare)],
      ['Median entry delay', `${num(t.timeliness.medianHours)} h`],
      ['Recovered guns traced', pct(t.tracing.tracedShare)],
      ['Shootings linkable earlier', String(t.lateEntry.shootingsLinkableEarlier)],
    ];
    $<HTMLElement>('headline').innerHTML = '';
    for (const [label, value] of cards) {
      const card = document.createElement('div');
      card.className = 'card';
      card.append(
        Object.assign(document.createElement('strong'), { textContent: value }),
        Object.assign(document.createElement('span'), { textContent: label }),
      );
      $<HTMLElement>('headline').appendChild(card);
    }
    show('league', agencies, AGENCY_COLUMNS);
    show('states', states, [{ header: 'State', value: (s) => s.key }, ...AGENCY_COLUMNS.slice(4)]);
    show('divisions', divisions, [{ header: 'Field division', value: (s) => s.key }, ...AGENCY_COLUMNS.slice(4)]);
    show('backlog', [t], BACKLOG_COLUMNS(t));
    show(
      'distribution',
      [t],
      t.timeliness.histogram.map((b) => ({ header: b.upToHours === null ? 'more than 90 d' : `≤ ${b.upToHours} h`, value: () => b.casings })),
    );
    show('trend-table', us.trend, MONTH_COLUMNS);
    renderMap($<SVGSVGElement>('map'), states, agencies);
    renderHistogram($<SVGSVGElement>('histogram'), t);
    renderTrend($<SVGSVGElement>('trend'), us.trend);
    const select = $<HTMLSelectElement>('period');
    if (select.options.length === 1) for (const y of [...new Set(us.trend.map((m) => m.period.slice(0, 4)))]) select.add(new Option(y, y));
    status(`${agencies.length} agencies · ${period === 'ALL' ? 'all data' : period}`, 'ready');
  } catch (error) {
    status(`Error: ${(error as Error).message}`, 'error');
  }
}

function download(id: string): void {
  const t = tables.get(id);
  if (!t) return;
  const text =
    [t.columns.map((c) => csvCell(c.header)).join(','), ...t.rows.map((r) => t.columns.map((c) => csvCell(c.value(r))).join(','))].join('\r\n') + '\r\n';
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  a.download = `${id}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

document.querySelectorAll<HTMLButtonElement>('[data-csv]').forEach((b) => b.addEventListener('click', () => download(b.dataset.csv!)));
$<HTMLSelectElement>('period').addEventListener('change', () => void load());
$<HTMLSelectElement>('measure').addEventListener('change', () => void load());
$<HTMLElement>('token-note').textContent = config.tokenNote;
(window as unknown as { cgDashboard: unknown }).cgDashboard = { tables };
void load();
