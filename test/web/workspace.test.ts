import type { Page } from 'playwright-core';
import type { NodeSingular } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { pageReady, pageSettled, screenshotPath, signIn, startBrowserApp, type BrowserApp, type ChartWindow } from '../support/browser-app.js';
import { offHost, watchedPage } from '../support/chromium.js';

/**
 * The analyst's workspace in Debian's Chromium: the timeline brush, the offline map with a NIBIN
 * series, sales collapsed into purchaser → dealer links, saving, sharing and reopening an
 * investigation (each viewer masked by their own role), and the printable case report.
 * Screenshots go to test/.screenshots/; UPDATE_DOCS_SCREENSHOT=1 writes docs/timeline.png,
 * docs/map.png and docs/case-report.png instead.
 */
const manifest = inject('manifest');
const ring = manifest.rings[0]!;
const series = [...manifest.series].filter((s) => s.firearmId && s.sceneIds.length >= 3).sort((a, b) => b.sceneIds.length - a.sceneIds.length)[0]!;

let web: BrowserApp;

beforeAll(async () => {
  web = await startBrowserApp({ viewport: { width: 1280, height: 860 } });
}, 600_000);

afterAll(async () => {
  await web?.close();
});
const statusText = (page: Page) => page.textContent('#status');
let investigationId = '';

describe('chart page: timeline, map, layout, sales', () => {
  it('brushes a window on the timeline histogram, hiding links outside it', async () => {
    const { page, requests, errors } = await watchedPage(web.browser, { consoleErrors: true });
    const seeds = [ring.brokerId, ...ring.strawPurchaserIds].map((id) => `Person:${id}`);
    await page.goto(`${web.base}/chart?seeds=${encodeURIComponent(seeds.join(','))}&depth=2`);
    await pageReady(page);
    const bars = await page.locator('#timeline rect.bar').count();
    expect(bars).toBeGreaterThan(3);
    // No slider is left: the time bar replaced them.
    expect(await page.locator('input[type=range]').count()).toBe(0);

    const box = (await page.locator('#timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const state = await page.evaluate(() => {
      const { cy, timeline } = (window as unknown as ChartWindow).cgChart;
      return {
        window: timeline.window,
        hidden: cy.edges('.out-of-window').length,
        total: cy.edges().length,
        caption: document.getElementById('window-caption')!.textContent,
      };
    });
    expect(state.window).not.toBeNull();
    expect(state.hidden).toBeGreaterThan(0);
    expect(state.hidden).toBeLessThan(state.total);
    expect(state.caption).toMatch(/^\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/);
    expect(await page.locator('#timeline rect.window').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('timeline.png') });

    // Double-click clears the window.
    await page.mouse.dblclick(box.x + box.width * 0.1, box.y + box.height / 2);
    expect(await page.evaluate(() => (window as unknown as ChartWindow).cgChart.cy.edges('.out-of-window').length)).toBe(0);

    // Sales collapse into purchaser → dealer links, and come back.
    const sales = await page.evaluate(() => (window as unknown as ChartWindow).cgChart.cy.nodes('[kind = "SALE"]').length);
    expect(sales).toBeGreaterThan(0);
    await page.check('#collapse-sales');
    // The hidden sales are read back from Cytoscape's styles, which once lagged the checkbox on a busy
    // machine (15 sales still visible in a clean-clone CI run): wait, bounded, until none is drawn;
    // a collapse that never hides them still fails on the expectation below.
    await page
      .waitForFunction(() => (window as unknown as ChartWindow).cgChart.cy.nodes('[kind = "SALE"]').filter((n) => n.visible()).length === 0, undefined, {
        timeout: 10_000,
      })
      .catch(() => undefined);
    const collapsed = await page.evaluate(() => {
      const { cy } = (window as unknown as ChartWindow).cgChart;
      const bought = cy.edges('[kind = "BOUGHT_FROM"]');
      return {
        visibleSales: cy.nodes('[kind = "SALE"]').filter((n) => n.visible()).length,
        bought: bought.length,
        ends: bought.map((e) => `${e.source().data('kind')}>${e.target().data('kind')}`),
      };
    });
    expect(collapsed.visibleSales).toBe(0);
    expect(collapsed.bought).toBeGreaterThan(0);
    expect(new Set(collapsed.ends)).toEqual(new Set(['PERSON>FFL']));
    await page.uncheck('#collapse-sales');
    expect(await page.evaluate(() => (window as unknown as ChartWindow).cgChart.cy.edges('[kind = "BOUGHT_FROM"]').length)).toBe(0);

    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    await page.close();
  }, 600_000);

  it('draws the located nodes on bundled Census shapes, with a NIBIN series in time order', async () => {
    const { page, requests, errors } = await watchedPage(web.browser, { consoleErrors: true });
    await page.goto(`${web.base}/chart?seeds=${encodeURIComponent(`Firearm:${series.firearmId}`)}&depth=2`);
    await pageReady(page);
    await page.click('#view-map');
    await page.waitForSelector('#map path.state');
    expect(await page.locator('#map path.state').count()).toBeGreaterThan(45);
    expect(await page.locator('#map path.county').count()).toBe(1);
    const scenes = await page.locator('#map circle.scene').count();
    expect(scenes).toBeGreaterThanOrEqual(series.sceneIds.length);
    const drawn = page.locator(`#map g.series[data-firearm="Firearm:${series.firearmId}"]`);
    expect(await drawn.count()).toBe(1);
    // One arrow between each pair of consecutive scenes, numbered in time order.
    expect(await drawn.locator('line').count()).toBe(series.sceneIds.length - 1);
    expect(await drawn.locator('text.stop').allTextContents()).toEqual(series.sceneIds.map((_, i) => String(i + 1)));
    await page.screenshot({ path: screenshotPath('map.png') });
    // Back to the chart: the layout (fCoSE) placed every node.
    await page.click('#view-chart');
    const placed = await page.evaluate(() =>
      (window as unknown as ChartWindow).cgChart.cy
        .nodes()
        .toArray()
        .every((n) => Number.isFinite((n as import('cytoscape').NodeSingular).position().x)),
    );
    expect(placed).toBe(true);
    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    await page.close();
  }, 600_000);
});

describe('saved investigations and the case report', () => {
  it('saves a chart with notes and an annotation, shares it, and reopens it for another user masked by their role', async () => {
    const { page, requests, errors } = await watchedPage(web.browser, { consoleErrors: true });
    await page.goto(`${web.base}/chart?seeds=${encodeURIComponent(`Person:${ring.brokerId},Firearm:${series.firearmId}`)}&depth=2`);
    await pageReady(page);
    // A note on the broker, an annotation, then save.
    await page.evaluate(
      (id) => (window as unknown as ChartWindow).cgChart.cy.getElementById(id).data('note', 'Recruits the buyers'),
      `Person:${ring.brokerId}`,
    );
    await page.fill('#annotation-text', 'Purchases cluster in one week');
    await page.click('#annotate');
    await page.fill('#inv-name', 'Broker ring and series');
    await page.fill('#inv-note', 'First look');
    await page.click('#inv-save');
    await page.waitForFunction(() => /Saved "/.test(document.getElementById('status')!.textContent ?? ''), null, { timeout: 60_000 });
    investigationId = (await page.evaluate(() => (window as unknown as ChartWindow).cgChart.workspace.current!.id))!;
    expect(page.url()).toContain(`investigation=${investigationId}`);
    const saved = await page.evaluate(() => {
      const { cy } = (window as unknown as ChartWindow).cgChart;
      return Object.fromEntries(
        cy
          .nodes()
          .filter((n) => !n.hasClass('annotation'))
          .map((n) => [n.id(), (n as NodeSingular).position()]),
      );
    });
    expect(await page.locator('#inv-list button').first().textContent()).toBe('Broker ring and series');
    // The analyst's own chart masks names.
    expect(await page.evaluate((id) => (window as unknown as ChartWindow).cgChart.cy.getElementById(id).data('label'), `Person:${ring.brokerId}`)).toBe(
      `Person ${ring.brokerId}`,
    );

    await page.fill('#share-users', 'investigator-two');
    await page.click('#inv-share');
    await page.waitForFunction(() => /investigator-two/.test(document.getElementById('inv-shares')!.textContent ?? ''), null, { timeout: 30_000 });

    // Another user, an investigator: opens it from the link, with the saved layout, and sees names.
    const token = await web.app.token([Role.INVESTIGATOR], { subject: 'investigator-two' });
    const other = await watchedPage(web.browser, { consoleErrors: true });
    await signIn(other.page, token);
    await other.page.goto(`${web.base}/chart?investigation=${encodeURIComponent(investigationId)}`);
    await pageSettled(other.page);
    expect(await statusText(other.page)).toMatch(/Opened "Broker ring and series" version 1/);
    const reopened = await other.page.evaluate((id) => {
      const { cy } = (window as unknown as ChartWindow).cgChart;
      return {
        positions: Object.fromEntries(
          cy
            .nodes()
            .filter((n) => !n.hasClass('annotation'))
            .map((n) => [n.id(), (n as NodeSingular).position()]),
        ),
        annotations: cy.nodes('.annotation').map((n) => n.data('label') as string),
        note: cy.getElementById(id).data('note') as string,
        label: cy.getElementById(id).data('label') as string,
      };
    }, `Person:${ring.brokerId}`);
    expect(Object.keys(reopened.positions).sort()).toEqual(Object.keys(saved).sort());
    for (const [id, p] of Object.entries(saved)) {
      expect(reopened.positions[id]!.x, id).toBeCloseTo(p.x, 0);
      expect(reopened.positions[id]!.y, id).toBeCloseTo(p.y, 0);
    }
    expect(reopened.annotations).toEqual(['Purchases cluster in one week']);
    expect(reopened.note).toBe('Recruits the buyers');
    expect(reopened.label).not.toBe(`Person ${ring.brokerId}`);
    expect(other.errors).toEqual([]);
    expect(offHost(other.requests)).toEqual([]);
    await other.page.close();

    // Someone it is not shared with cannot open it.
    const stranger = await watchedPage(web.browser);
    const strangerToken = await web.app.token([Role.INVESTIGATOR], { subject: 'stranger', agencyOri: 'CA0190000' });
    await signIn(stranger.page, strangerToken);
    await stranger.page.goto(`${web.base}/chart?investigation=${encodeURIComponent(investigationId)}`);
    await pageSettled(stranger.page);
    expect(await statusText(stranger.page)).toMatch(/NOT_FOUND/);
    await stranger.page.close();

    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    await page.close();
  }, 600_000);

  it('prints a case report with the chart, timeline, map, trace chains, NIBIN series and sources', async () => {
    expect(investigationId).not.toBe('');
    const { page, requests, errors } = await watchedPage(web.browser, { consoleErrors: true });
    await page.setViewportSize({ width: 1100, height: 1400 });
    await page.goto(`${web.base}/case-report?investigation=${encodeURIComponent(investigationId)}&version=1`);
    await pageSettled(page);
    expect(await statusText(page)).toMatch(/Ready to print/);
    expect(await page.textContent('h1')).toBe('Broker ring and series');
    expect(await page.getAttribute('#chart-image', 'src')).toMatch(/^data:image\/png;base64,/);
    expect(await page.evaluate(() => (document.getElementById('chart-image') as HTMLImageElement).naturalWidth)).toBeGreaterThan(200);
    expect(await page.locator('#report-timeline rect.bar').count()).toBeGreaterThan(3);
    expect(await page.locator('#report-map path.state').count()).toBeGreaterThan(45);
    expect(await page.locator(`#report-map g.series[data-firearm="Firearm:${series.firearmId}"] line`).count()).toBe(series.sceneIds.length - 1);
    // The series gun's section: its trace chain and every scene of its series.
    const gun = page.locator('section.gun', { hasText: `Firearm:${series.firearmId}` });
    expect(await gun.count()).toBe(1);
    expect(await gun.textContent()).toContain('Time to crime');
    const sceneCells = await gun.locator('tbody tr td:nth-child(3)').allTextContents();
    for (const scene of series.sceneIds) expect(sceneCells).toContain(scene);
    expect(await page.textContent('#report')).toContain('Recruits the buyers');
    expect(await page.locator('ol.sources li').count()).toBeGreaterThan(0);
    expect(await page.locator('table.provenance td', { hasText: '[1]' }).count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('case-report.png'), fullPage: false });
    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    await page.close();
  }, 600_000);
});
