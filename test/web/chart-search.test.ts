import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { graphql } from '../generated/graphql/index.js';
import { pageReady, screenshotPath, signIn, startBrowserApp, type BrowserApp, type ChartWindow } from '../support/browser-app.js';
import { offHost, watchedPage } from '../support/chromium.js';

/**
 * The chart page's search box in Debian's Chromium: type part of a seeded serial, pick the hit,
 * and the gun is drawn on the chart as a seed with its links; an analyst searching a person by id
 * sees the hit captioned without the name. No console error, nothing fetched off the host.
 * UPDATE_DOCS_SCREENSHOT=1 writes docs/chart-search.png (else test/.screenshots/).
 */
const manifest = inject('manifest');
const ring = manifest.rings[0]!;
/** A gun of another ring: not within one link of the first ring's broker the chart opens on. */
const otherRing = manifest.rings[1]!;

let web: BrowserApp;

beforeAll(async () => {
  web = await startBrowserApp({ viewport: { width: 1280, height: 860 } });
}, 600_000);

afterAll(async () => {
  await web?.close();
});

/** Types into the search box and waits for the service's answer to be drawn. */
async function type(page: Page, text: string) {
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('ChartPageSearch'), { timeout: 60_000 });
  await page.fill('#search-text', text);
  await answered;
  await page.waitForFunction(() => !document.getElementById('search-hits')!.hasAttribute('aria-busy'), null, { timeout: 30_000 });
}

const hitRows = (page: Page) =>
  page.$$eval('#search-hits li[data-index]', (lis) => lis.map((li) => ({ id: (li as HTMLElement).dataset.id!, text: li.textContent ?? '' })));

describe('chart page search box', () => {
  it('finds a gun by part of its serial and adds it to the chart as an expanded seed', async () => {
    const firearmId = otherRing.firearmIds[0]!;
    const gun = await web.app.gql(
      graphql(`
        query ChartSearchGun($id: ID!) {
          node(id: $id) {
            ... on Firearm {
              serial
            }
          }
        }
      `),
      {
        id: `Firearm:${firearmId}`,
      },
    );
    const node = gun.data!.node!;
    const serial = 'serial' in node && node.serial ? node.serial : '';
    expect(serial).not.toBe('');
    const { page, requests, errors } = await watchedPage(web.browser, { consoleErrors: true });
    await page.goto(`${web.base}/chart?seeds=${encodeURIComponent(`Person:${ring.brokerId}`)}&depth=1`);
    await pageReady(page);
    const seededId = `Firearm:${firearmId}`;
    expect(await page.evaluate((id) => (window as unknown as ChartWindow).cgChart.cy.getElementById(id).nonempty(), seededId)).toBe(false);

    // The middle of the serial, as a partly restored serial would be typed.
    await type(page, serial.slice(2, 8));
    const hits = await hitRows(page);
    expect(hits.map((h) => h.id)).toContain(seededId);
    expect(hits.find((h) => h.id === seededId)!.text).toContain(serial);
    await page.screenshot({ path: screenshotPath('chart-search.png') });

    await page.click(`#search-hits li[data-id="${seededId}"]`);
    await page.waitForFunction((id) => (window as unknown as ChartWindow).cgChart.cy.getElementById(id).nonempty(), seededId, { timeout: 60_000 });
    await pageReady(page);
    const drawn = await page.evaluate((id) => {
      const { cy, expanded } = (window as unknown as ChartWindow).cgChart;
      const node = cy.getElementById(id);
      return {
        seed: node.data('seed'),
        expanded: expanded.has(id),
        links: node.connectedEdges().length,
        details: document.getElementById('details')!.textContent,
      };
    }, seededId);
    expect(drawn.seed).toBe(true);
    expect(drawn.expanded).toBe(true);
    // A ring gun was sold, so at least its sale is drawn with it.
    expect(drawn.links).toBeGreaterThan(0);
    expect(drawn.details).toContain(seededId);
    expect(await page.inputValue('#search-text')).toBe('');
    expect(await page.locator('#search-hits').isHidden()).toBe(true);

    // Keyboard: the same gun again is found on the chart, not drawn twice.
    const before = await page.evaluate(() => (window as unknown as ChartWindow).cgChart.cy.nodes().length);
    await type(page, serial);
    expect((await hitRows(page))[0]!.id).toBe(seededId);
    await page.press('#search-text', 'Enter');
    await pageReady(page);
    expect(await page.evaluate(() => (window as unknown as ChartWindow).cgChart.cy.nodes().length)).toBe(before);

    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    await page.close();
  }, 600_000);

  it('shows an analyst a person hit by exact id without the name, and nothing for a name', async () => {
    const personId = ring.strawPurchaserIds[0]!;
    const person = await web.app.gql(
      graphql(`
        query ChartSearchPerson($id: ID!) {
          node(id: $id) {
            ... on Person {
              firstName
              lastName
            }
          }
        }
      `),
      {
        id: `Person:${personId}`,
      },
    );
    const found = person.data!.node!;
    const lastName = 'lastName' in found ? found.lastName : null;
    expect(lastName).toBeTruthy();
    const token = await web.app.token([Role.ANALYST], { subject: 'analyst-search' });
    const { page, requests, errors } = await watchedPage(web.browser, { consoleErrors: true });
    await signIn(page, token);
    await page.goto(`${web.base}/chart`);
    await page.waitForFunction(() => !!document.body.dataset.state, null, { timeout: 60_000 });

    await type(page, personId);
    const hit = (await hitRows(page)).find((h) => h.id === `Person:${personId}`)!;
    expect(hit.text).toContain('name withheld for your role');
    expect(hit.text).not.toContain(lastName!);

    // A name is not a way in for this role: no person comes back.
    await type(page, lastName!);
    expect((await hitRows(page)).filter((h) => h.id.startsWith('Person:'))).toEqual([]);

    await type(page, personId);
    await page.click(`#search-hits li[data-id="Person:${personId}"]`);
    await pageReady(page);
    expect(await page.evaluate((id) => (window as unknown as ChartWindow).cgChart.cy.getElementById(id).data('seed'), `Person:${personId}`)).toBe(true);

    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    await page.close();
  }, 600_000);
});
