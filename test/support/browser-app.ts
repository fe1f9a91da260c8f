import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Core } from 'cytoscape';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { prepareWebAssets } from '../../src/web/assets.js';
import { startTestApp, type TestApp } from './app.js';
import { launchChromium } from './chromium.js';

/** Screenshots of a test run, to look at when a browser test fails (not committed). */
export const SCREENSHOTS = path.resolve('test/.screenshots');

/** Where a screenshot goes: test/.screenshots/, or docs/ when UPDATE_DOCS_SCREENSHOT=1 refreshes the pictures the docs show. */
export const screenshotPath = (name: string) => path.join(process.env.UPDATE_DOCS_SCREENSHOT ? path.resolve('docs') : SCREENSHOTS, name);

export interface BrowserApp {
  app: TestApp;
  /** The service's own origin: every page and every asset a page loads comes from it. */
  base: string;
  /** Debian's headless Chromium (one profile for the test file). */
  browser: BrowserContext;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

/**
 * What every browser test starts from: the pages' bundles built (.assets/), the real server on the
 * test run's Neo4j (startTestApp, unless `start` starts another, e.g. in production mode), Debian's
 * Chromium (test/support/chromium.ts) and test/.screenshots/.
 */
export async function startBrowserApp(options: { viewport?: { width: number; height: number }; start?: () => Promise<TestApp> } = {}): Promise<BrowserApp> {
  await prepareWebAssets(() => {});
  const app = await (options.start ?? (() => startTestApp()))();
  const chrome = await launchChromium(options.viewport).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    app,
    base: app.url.replace(/\/graphql$/, ''),
    browser: chrome.context,
    async close() {
      await chrome.close();
      await app.close();
    },
  };
}

/** Waits until the page says it has finished: every page sets body[data-state] to `ready` or `error` once drawn or failed. */
export const pageSettled = (page: Page, timeout = 240_000) =>
  page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state ?? ''), null, { timeout, polling: 250 });

/** pageSettled, then fails with the page's status line unless it ended `ready`. */
export async function pageReady(page: Page, timeout?: number): Promise<void> {
  await pageSettled(page, timeout);
  expect(await page.evaluate(() => `${document.body.dataset.state}: ${document.getElementById('status')!.textContent}`)).toMatch(/^ready: /);
}

/** Signs the page in as a user pasting a token would: the pages read it from sessionStorage (no token is handed out in production). */
export const signIn = (page: Page, token: string) =>
  page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), ['crimegun-graph.token', token] as const);

/** What the chart page exposes on `window.cgChart` for tests to read. */
export type ChartWindow = {
  cgChart: {
    cy: Core;
    expanded: Set<string>;
    timeline: { window: { from: number; to: number } | null };
    workspace: { current: { id: string; version: number } | null };
  };
};
