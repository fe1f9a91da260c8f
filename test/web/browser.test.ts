import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OPERATIONS_DIR } from '../../src/web/example-operations.js';
import { pageSettled, SCREENSHOTS, startBrowserApp, type BrowserApp, type ChartWindow } from '../support/browser-app.js';
import { offHost, watchedPage } from '../support/chromium.js';

/**
 * The pages in a real browser: Debian's headless Chromium driven by playwright-core
 * (CI installs it: `apt-get install -y chromium`). Screenshots go to test/.screenshots/;
 * UPDATE_DOCS_SCREENSHOT=1 also refreshes docs/chart.png for the README.
 */
const manifest = inject('manifest');
const ring = manifest.rings[0]!;

let web: BrowserApp;

beforeAll(async () => {
  web = await startBrowserApp();
}, 180_000);

afterAll(async () => {
  await web?.close();
});

/** A page that records every request it makes, and fails the test on a script error. */
const openPage = () => watchedPage(web.browser);

describe('link chart page', () => {
  it('draws the chart of a planted ring, expands a node on click, and exports what is drawn', async () => {
    const { page, requests, errors } = await openPage();
    const seeds = [ring.brokerId, ...ring.strawPurchaserIds].map((id) => `Person:${id}`);
    await page.goto(`${web.base}/chart?seeds=${encodeURIComponent(seeds.join(','))}&depth=2`);
    await pageSettled(page, 60_000);
    expect(await page.evaluate(() => document.getElementById('status')!.textContent)).not.toMatch(/error|UNAUTH/i);

    const drawn = await page.evaluate(() => {
      const { cy } = (window as unknown as ChartWindow).cgChart;
      return cy.nodes().map((n) => ({ id: n.id(), visible: n.visible(), x: n.renderedPosition().x, shape: n.style('shape') as string }));
    });
    const ids = drawn.map((n) => n.id);
    for (const id of seeds) expect(ids).toContain(id);
    for (const license of ring.dealerLicenses) expect(ids).toContain(`Ffl:${license}`);
    for (const id of ring.firearmIds) expect(ids).toContain(`Firearm:${id}`);
    expect(drawn.every((n) => n.visible && Number.isFinite(n.x))).toBe(true);
    expect(drawn.find((n) => n.id.startsWith('Ffl:'))!.shape).toBe('diamond');
    expect(drawn.find((n) => n.id.startsWith('Person:'))!.shape).toBe('ellipse');

    // Click a ring firearm: its recovery is one link further out, not yet on the chart.
    const target = `Firearm:${ring.firearmIds[0]}`;
    const before = ids.length;
    const at = await page.evaluate((id) => {
      const { cy } = (window as unknown as ChartWindow).cgChart;
      cy.center(cy.getElementById(id));
      const p = cy.getElementById(id).renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, target);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((id) => (window as unknown as ChartWindow).cgChart.expanded.has(id) && document.body.dataset.state === 'ready', target, {
      timeout: 30_000,
      polling: 250,
    });
    const after = await page.evaluate((id) => {
      const { cy } = (window as unknown as ChartWindow).cgChart;
      return { count: cy.nodes().length, recoveries: cy.getElementById(id).neighborhood('node[kind = "RECOVERY"]').length };
    }, target);
    expect(after.count).toBeGreaterThan(before);
    expect(after.recoveries).toBeGreaterThan(0);
    expect(await page.textContent('#details')).toContain(target);

    // The timeline's window hides links outside it (test/web/workspace.test.ts drives the brush itself).
    const box = (await page.locator('#timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.98, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const hidden = await page.evaluate(() => {
      const { cy } = (window as unknown as ChartWindow).cgChart;
      return { hidden: cy.edges('.out-of-window').length, total: cy.edges().length };
    });
    expect(hidden.hidden).toBeGreaterThan(0);
    expect(hidden.hidden).toBeLessThan(hidden.total);

    await page.screenshot({ path: path.join(SCREENSHOTS, 'chart.png') });

    // Exports are of the chart as drawn.
    const total = await page.evaluate(() => (window as unknown as ChartWindow).cgChart.cy.nodes().length);
    const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
    const xml = readFileSync((await graphml.path())!, 'utf8');
    expect(xml.match(/<node /g)).toHaveLength(total);
    const [cyjs] = await Promise.all([page.waitForEvent('download'), page.click('#export-cyjs')]);
    expect((JSON.parse(readFileSync((await cyjs.path())!, 'utf8')) as { elements: { nodes: unknown[] } }).elements.nodes).toHaveLength(total);
    const downloads: string[] = [];
    page.on('download', async (d) => downloads.push(readFileSync((await d.path())!, 'utf8')));
    await page.click('#export-csv');
    await expect.poll(() => downloads.length, { timeout: 10_000 }).toBe(2);
    expect(downloads.map((d) => d.trim().split('\r\n').length - 1).sort((a, b) => a - b)).toContain(total);

    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    await page.close();
  }, 240_000);
});

describe.runIf(!!process.env.UPDATE_DOCS_SCREENSHOT)('README screenshot', () => {
  it('draws the broker of a planted ring, two rings out, for docs/chart.png', async () => {
    const page = await web.browser.newPage();
    await page.setViewportSize({ width: 1100, height: 680 });
    await page.goto(`${web.base}/chart?seeds=Person:${ring.brokerId}&depth=2`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000, polling: 250 });
    // Expand one straw purchaser (as a click would) so the picture shows a grown chart.
    await page.evaluate((id) => {
      (window as unknown as ChartWindow).cgChart.cy.getElementById(id).emit('tap');
    }, `Person:${ring.strawPurchaserIds[0]}`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready' && (window as unknown as ChartWindow).cgChart.expanded.size > 0, null, {
      timeout: 60_000,
      polling: 250,
    });
    await page.evaluate(() => {
      (window as unknown as ChartWindow).cgChart.cy.fit(undefined, 20);
    });
    await page.screenshot({ path: path.resolve('docs/chart.png') });
    await page.close();
  }, 120_000);
});

describe('GraphiQL page', () => {
  it('renders from the service’s own assets with the example operations, pre-filled, and runs one', async () => {
    const { page, requests, errors } = await openPage();
    await page.goto(`${web.base}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    await page.waitForSelector('[data-example]');
    const files = readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql'));
    expect(await page.locator('[data-example]').count()).toBe(files.length);
    expect(await page.locator('.graphiql-tab').count()).toBe(files.length);

    // The first tab's variables hold an id read from this database.
    const variables = await page.evaluate(() => {
      const el = document.querySelector('.graphiql-editor-tool .CodeMirror') as unknown as { CodeMirror: { getValue(): string } };
      return el.CodeMirror.getValue();
    });
    expect(Object.keys(JSON.parse(variables) as object).length).toBeGreaterThan(0);

    // Open the link-chart example and run it with the local token the page carries.
    await page.click('[data-example="LinkChartAroundDealer"]');
    await page.waitForFunction(
      () => {
        const value = (selector: string) =>
          (document.querySelector(selector) as unknown as { CodeMirror: { getValue(): string } } | null)?.CodeMirror.getValue() ?? '';
        return value('.graphiql-query-editor .CodeMirror').includes('LinkChartAroundDealer') && value('.graphiql-editor-tool .CodeMirror').includes('"seeds"');
      },
      null,
      { timeout: 30_000, polling: 250 },
    );
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => /"(data|errors)"/.test(document.querySelector('.result-window')?.textContent ?? ''), null, {
      timeout: 120_000,
      polling: 250,
    });
    const result = (await page.textContent('.result-window')) ?? '';
    expect(result).toContain('"linkChart"');
    expect(result).toContain('"nodes"');
    expect(result).not.toContain('UNAUTHENTICATED');

    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql.png') });
    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    expect(requests.some((u) => u.endsWith('/assets/graphiql.js'))).toBe(true);
    await page.close();
  }, 240_000);
});
