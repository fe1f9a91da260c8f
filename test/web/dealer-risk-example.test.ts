import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { prepareWebAssets } from '../../src/web/assets.js';
import type { TestApp } from '../support/app.js';
import { startProductionApp } from '../frontend/production-app.js';
import { launchChromium, offHost, type TestChromium } from '../support/chromium.js';

/**
 * The worked example of docs/frontend.md in Debian's headless Chromium (playwright-core), against
 * a production-mode server: only registered documents run, so the page must send one by its id.
 */
const example = inject('manifest').traceExamples[0]!;

let app: TestApp;
let browser: BrowserContext;
let chrome: TestChromium | undefined;

beforeAll(async () => {
  await prepareWebAssets(() => {});
  app = await startProductionApp();
  chrome = await launchChromium();
  browser = chrome.context;
}, 180_000);

afterAll(async () => {
  await chrome?.close();
  await app?.close();
});

describe('dealer-risk example page (Cytoscape.js, trusted documents)', () => {
  it("runs the registered DealerRiskSubgraph by its id and draws the dealer's subgraph, all from this service", async () => {
    const page = await browser.newPage();
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
    const token = await app.token([Role.ANALYST]);
    await page.addInitScript((t) => sessionStorage.setItem('crimegun-graph.token', t), token);
    const base = app.url.replace(/\/graphql$/, '');
    await page.goto(`${base}/examples/dealer-risk?license=${encodeURIComponent(example.dealerLicense)}`);
    await page.waitForSelector('body[data-state="ready"], body[data-state="error"]', { timeout: 60_000 });
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
