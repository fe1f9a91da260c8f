import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startProductionApp } from '../frontend/production-app.js';
import { pageSettled, signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { offHost } from '../support/chromium.js';

/**
 * The worked example of docs/frontend.md in Debian's headless Chromium (playwright-core), against
 * a production-mode server: only registered documents run, so the page must send one by its id.
 */
const example = inject('manifest').traceExamples[0]!;

let web: BrowserApp;

beforeAll(async () => {
  web = await startBrowserApp({ start: () => startProductionApp() });
}, 180_000);

afterAll(async () => {
  await web?.close();
});

describe('dealer-risk example page (Cytoscape.js, trusted documents)', () => {
  it("runs the registered DealerRiskSubgraph by its id and draws the dealer's subgraph, all from this service", async () => {
    const page = await web.browser.newPage();
    const requests: string[] = [];
    const bodies: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      requests.push(r.url());
      if (r.url().endsWith('/graphql')) bodies.push(r.postData() ?? '');
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    // Production hands out no token: the user pastes one (sessionStorage), as on the chart page.
    await signIn(page, await web.app.token([Role.ANALYST]));
    await page.goto(`${web.base}/examples/dealer-risk?license=${encodeURIComponent(example.dealerLicense)}`);
    await pageSettled(page, 60_000);
    expect(await page.textContent('#status')).toMatch(/^\d+ nodes, \d+ links/);
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { cgDealerRisk: { cy: import('cytoscape').Core } }).cgDealerRisk.cy;
      return { nodes: cy.nodes().map((n) => n.id()), edges: cy.edges().length };
    });
    expect(drawn.nodes).toContain(`Ffl:${example.dealerLicense}`);
    expect(drawn.nodes.length).toBeGreaterThan(1);
    expect(drawn.edges).toBeGreaterThan(0);
    expect(await page.textContent('#dealer h2')).toContain(example.dealerLicense);
    // The document never travelled: only its id.
    expect(bodies).toHaveLength(1);
    const sent = JSON.parse(bodies[0]!) as Record<string, unknown>;
    expect(sent.query).toBeUndefined();
    expect(sent.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(offHost(requests)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
