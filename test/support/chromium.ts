import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's headless Chromium driven by playwright-core (no browser download: CI installs the
 * `chromium` package). The flags keep it off the network: restricted police networks, and this
 * machine's closed network, refuse Chromium's background connections.
 */
export interface TestChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Debian's package puts it here; CHROMIUM_PATH names another. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(viewport = { width: 1280, height: 800 }): Promise<TestChromium> {
  const executablePath = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
  // A machine without the package fails these tests with what to do, not with Playwright's download hint.
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium not found at ${executablePath}: the browser tests drive Debian's chromium package (apt-get install chromium), or set CHROMIUM_PATH to another Chromium (README, Requirements).`,
    );
  const profile = mkdtempSync(path.join(os.tmpdir(), 'crimegun-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport,
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new page that records every request it makes and every script error (and, if asked, console error). */
export async function watchedPage(
  context: BrowserContext,
  options: { consoleErrors?: boolean } = {},
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.consoleErrors) {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  }
  return { page, requests, errors };
}

/** Requests that left this machine (the pages must load nothing from another origin). */
export const offHost = (urls: string[]) => urls.filter((u) => !/^(data:|blob:|about:)/.test(u) && !['127.0.0.1', 'localhost'].includes(new URL(u).hostname));
