import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { prepareWebAssets } from '../../src/web/assets.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { launchChromium, offHost, watchedPage, type TestChromium } from '../support/chromium.js';

/**
 * The dashboard and the feedback report in Debian's Chromium. Screenshots go to test/.screenshots/;
 * UPDATE_DOCS_SCREENSHOT=1 writes them to docs/dashboard.png and docs/report.png instead.
 */
const shot = (name: string) => path.resolve(process.env.UPDATE_DOCS_SCREENSHOT ? 'docs' : 'test/.screenshots', name);
const manifest = inject('manifest');
let app: TestApp;
let base: string;
let browser: BrowserContext;
let chrome: TestChromium | undefined;

beforeAll(async () => {
  await prepareWebAssets(() => {});
  app = await startTestApp();
  await runAnalysis(app.gateway);
  base = app.url.replace(/\/graphql$/, '');
  chrome = await launchChromium({ width: 1280, height: 1000 });
  browser = chrome.context;
}, 300_000);

afterAll(async () => {
  await chrome?.close();
  await app?.close();
});

const openPage = () => watchedPage(browser, { consoleErrors: true });

describe('agency dashboard', () => {
  it('draws the league table, distributions, trend and map from the service alone, and exports every table as CSV', async () => {
    const { page, requests, errors } = await openPage();
    await page.goto(`${base}/dashboard`);
    await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state ?? ''), null, { timeout: 120_000, polling: 250 });
    expect(await page.textContent('#status')).not.toMatch(/error/i);
    // Every planted agency that recovered evidence is ranked (other tests of the run may add agencies).
    const withCasings = manifest.agencyTruth!.filter((a) => a.casingsRecovered + a.gunsRecovered > 0);
    const rows = await page.locator('#league tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(withCasings.length);
    const ranked = await page.locator('#league tbody tr td:first-child').allTextContents();
    for (const a of withCasings) expect(ranked.join(' '), a.ori).toContain(a.ori);
    // The league is ranked by the share within 24 h: the first row meets the target best.
    const shares = (await page.locator('#league tbody tr td:nth-child(9)').allTextContents()).map((t) => (t.endsWith('%') ? Number(t.slice(0, -1)) : -1));
    expect(shares[0]).toBe(Math.max(...shares));
    expect(await page.locator('#map path').count()).toBeGreaterThan(45);
    // Every planted agency with evidence is on the map (an agency another test wrote without located scenes is not).
    const circles = await page.locator('#map circle').count();
    expect(circles).toBeGreaterThanOrEqual(withCasings.length);
    expect(circles).toBeLessThanOrEqual(rows);
    expect(await page.locator('#histogram rect').count()).toBe(6);
    expect(await page.locator('#trend polyline').count()).toBe(2);
    for (const id of ['league', 'states', 'divisions', 'backlog', 'distribution', 'trend-table']) {
      const rows = await page.locator(`#${id} tbody tr`).count();
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-csv="${id}"]`)]);
      const csv = readFileSync((await download.path())!, 'utf8')
        .trim()
        .split('\r\n');
      expect(csv.length, id).toBe(rows + 1);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: shot('dashboard.png'), fullPage: false });
    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    await page.close();
  }, 240_000);
});

describe('agency feedback report', () => {
  it('prints the findings, the cost of late entry and the untraced guns of an agency', async () => {
    const agency = [...manifest.agencyTruth!].sort((a, b) => b.lateEntryShootings - a.lateEntryShootings)[0]!;
    expect(agency.lateEntryShootings).toBeGreaterThan(0);
    const { page, requests, errors } = await openPage();
    await page.goto(`${base}/report?ori=${agency.ori}`);
    await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state ?? ''), null, { timeout: 120_000, polling: 250 });
    const findings = await page.textContent('#findings');
    expect(findings).toContain(`${agency.lateEntryShootings} shooting`);
    expect(findings).toContain(`${agency.gunsTraced} of ${agency.gunsRecovered} recovered guns traced`);
    expect(await page.textContent('#report h2:has-text("Untraced guns")')).toContain(`(${agency.gunsRecovered - agency.gunsTraced})`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    await page.screenshot({ path: shot('report.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    await page.close();
  }, 240_000);
});
