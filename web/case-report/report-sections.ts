import type { Snapshot } from '../workspace/workspace-api.js';

export const esc = (v: unknown) => String(v ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);
const masked = (v: unknown) => (v === null || v === undefined ? '<em>masked or unknown</em>' : esc(v));
const day = (v: string | null | undefined) => (v ? esc(v.slice(0, 10)) : '–');

export interface FirearmReport {
  firearmId: string;
  make: string | null;
  model: string | null;
  caliber: string | null;
  serial: string | null;
  serialObliterated: boolean | null;
  traceChain: {
    timeToCrimeDays: number | null;
    timeToCrimeIndicator: string | null;
    timeToFirstShootingDays: number | null;
    inconsistency: string | null;
    manufacturer: { name: string } | null;
    dealer: { license: string; name: string | null; state: string | null } | null;
    sale: { saleId: string; soldOn: string | null; multipleSale: boolean | null } | null;
    purchaser: { personId: string; firstName: string | null; lastName: string | null; state: string | null } | null;
    recoveries: Array<{ recoveryId: string; recoveredOn: string | null; city: string | null; state: string | null }>;
  };
  shootings: Array<{ sceneId: string; occurredAt: string | null; kind: string | null; city: string | null; state: string | null }>;
}

/** One gun: its trace chain (ATF time-to-crime: under 3 years an indicator, under 1 a strong one) and its NIBIN series. */
export function firearmSection(f: FirearmReport): string {
  const c = f.traceChain;
  const buyer = c.purchaser
    ? `${c.purchaser.lastName || c.purchaser.firstName ? `${masked(c.purchaser.lastName)}, ${masked(c.purchaser.firstName)}` : '<em>name masked</em>'} (${esc(c.purchaser.personId)}, ${esc(c.purchaser.state)})`
    : '–';
  return `<section class="gun">
<h3>${esc([f.make, f.model, f.caliber].filter(Boolean).join(' ') || 'Firearm')} <code>Firearm:${esc(f.firearmId)}</code>${f.serialObliterated ? ' <span class="flag">serial obliterated</span>' : ''}</h3>
<table class="chain"><tbody>
<tr><th>Maker / importer</th><td>${esc(c.manufacturer?.name ?? '–')}</td></tr>
<tr><th>Retail dealer</th><td>${c.dealer ? `${esc(c.dealer.name)} (${esc(c.dealer.license)}, ${esc(c.dealer.state)})` : '–'}</td></tr>
<tr><th>First retail sale</th><td>${c.sale ? `${day(c.sale.soldOn)} (${esc(c.sale.saleId)})${c.sale.multipleSale ? ' <span class="flag">multiple sale</span>' : ''}` : '–'}</td></tr>
<tr><th>Purchaser</th><td>${buyer}</td></tr>
<tr><th>Recoveries</th><td>${c.recoveries.map((r) => `${day(r.recoveredOn)} ${esc(r.city)} ${esc(r.state)} (${esc(r.recoveryId)})`).join('<br>') || '–'}</td></tr>
<tr><th>Time to crime</th><td>${c.timeToCrimeDays === null ? '–' : `${c.timeToCrimeDays} days${c.timeToCrimeIndicator && c.timeToCrimeIndicator !== 'NONE' ? ` <span class="flag">${esc(c.timeToCrimeIndicator.toLowerCase())} trafficking indicator</span>` : ''}`}</td></tr>
<tr><th>Sale to first shooting</th><td>${c.timeToFirstShootingDays === null ? '–' : `${c.timeToFirstShootingDays} days`}</td></tr>
${c.inconsistency ? `<tr><th>Inconsistent records</th><td class="warning">${esc(c.inconsistency)}</td></tr>` : ''}
</tbody></table>
<h4>NIBIN series (${f.shootings.length} shooting${f.shootings.length === 1 ? '' : 's'}, confirmed hits, oldest first)</h4>
${
  f.shootings.length
    ? `<table><thead><tr><th>#</th><th>When</th><th>Scene</th><th>Kind</th><th>Where</th></tr></thead><tbody>${f.shootings
        .map(
          (s, i) =>
            `<tr><td>${i + 1}</td><td>${esc((s.occurredAt ?? '').slice(0, 16).replace('T', ' '))}</td><td>${esc(s.sceneId)}</td><td>${esc((s.kind ?? '').replace(/_/g, ' ').toLowerCase())}</td><td>${esc(s.city)} ${esc(s.state)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>No NIBIN-linked shootings.</p>'
}
</section>`;
}

export function notesSection(s: Snapshot): string {
  const notes = s.nodes.filter((n) => n.note);
  if (!notes.length && !s.annotations.length) return '';
  return `<h2>Notes</h2><table><thead><tr><th>On</th><th>Note</th></tr></thead><tbody>
${notes.map((n) => `<tr><td><code>${esc(n.id)}</code></td><td>${esc(n.note)}</td></tr>`).join('')}
${s.annotations.map((a) => `<tr><td>chart annotation</td><td>${esc(a.text)}</td></tr>`).join('')}
</tbody></table>`;
}

/** Provenance of each fact: every node and link lists the write runs that told us about it. */
export function sourcesSection(s: Snapshot): string {
  const index = new Map(s.sources.map((src, i) => [src.id, i + 1]));
  const refs = (p: Record<string, unknown>) =>
    ((p.sourceIds as string[] | undefined) ?? [])
      .map((id) => index.get(id))
      .filter((n): n is number => n !== undefined)
      .sort((a, b) => a - b)
      .map((n) => `[${n}]`)
      .join(' ') || '–';
  return `<h2>Sources</h2>
<p>Every fact on this chart came from one of these write runs (agency imports, API submissions, synthetic seed loads); each run's id is the request id of its audit record.</p>
<ol class="sources">${s.sources.map((src) => `<li><code>${esc(src.id)}</code> ${esc(src.kind)}${src.agencyOri ? `, ${esc(src.agencyOri)}` : ''}, received ${day(src.receivedAt)}${src.description ? `: ${esc(src.description)}` : ''}</li>`).join('')}</ol>
<h3>Which source told us what</h3>
<table class="provenance"><thead><tr><th>Node or link</th><th>Sources</th></tr></thead><tbody>
${s.chart.nodes.map((n) => `<tr><td>${esc(n.label)} <code>${esc(n.id)}</code></td><td>${refs(n.properties)}</td></tr>`).join('')}
${s.chart.edges.map((e) => `<tr><td><code>${esc(e.source)}</code> ${esc(e.kind)} <code>${esc(e.target)}</code></td><td>${refs(e.properties)}</td></tr>`).join('')}
</tbody></table>`;
}
