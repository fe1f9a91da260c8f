import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_CHROMIUM } from '../support/chromium.js';

/**
 * The browser tests drive Debian's Chromium (test/support/chromium.ts); nothing is downloaded. On a
 * fresh Debian machine it is not there yet, and `npm test` is the whole set-up (README, Quick start):
 * run as root with apt-get at hand, this installs the `chromium` package once, before any test file,
 * as Maven fetches Neo4j's jars on the first run. Elsewhere (not root, not Debian, or CHROMIUM_PATH
 * set) it installs nothing, and a missing Chromium fails the browser tests saying what to install.
 */
export function setup(): void {
  if (process.env.CHROMIUM_PATH || existsSync(DEBIAN_CHROMIUM)) return;
  const root = process.getuid?.() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.warn(
      `[test chromium] ${DEBIAN_CHROMIUM} is missing: the browser tests will fail until Debian's chromium is installed (apt-get install chromium) or CHROMIUM_PATH is set.`,
    );
    return;
  }
  console.log("[test chromium] Installing Debian's chromium for the browser tests (first run only)...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
}
