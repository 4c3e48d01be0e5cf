import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { repoRoot } from './paths.js';
import { skipUnless } from './skip.js';

/**
 * Debian's chromium (scripts/install.sh installs it), driven by playwright-core; the
 * APE_TEST_CHROMIUM environment variable names another executable.
 */
export const CHROMIUM = process.env.APE_TEST_CHROMIUM ?? '/usr/bin/chromium';
/** How long a browser test waits for one thing (Playwright's default is 30 s: short under load). */
const WAIT_MS = 60_000;
/** Screenshots of the browser tests (gitignored). */
export const ARTIFACTS = join(repoRoot, 'test', 'artifacts');

/**
 * node:test's `skip` option: false, or why the browser tests cannot run here; under CI=true
 * a missing Chromium throws instead (test/helpers/skip.ts).
 */
export const skipWithoutChromium: false | string = skipUnless(
  existsSync(CHROMIUM),
  `${CHROMIUM} not installed (scripts/install.sh installs Debian's chromium; APE_TEST_CHROMIUM names another)`,
);

/**
 * Chromium contexts, each with a fresh profile (playwright passes it as --user-data-dir),
 * kept off the network; `cleanup()` removes every profile made.
 */
export class Browsers {
  private readonly profiles: string[] = [];

  constructor() {
    mkdirSync(ARTIFACTS, { recursive: true });
  }

  /**
   * A context whose waits (locator.waitFor, waitForEvent, goto, clicks) each fail after
   * WAIT_MS, Playwright's error naming what was awaited.
   */
  async launch(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
    const profile = mkdtempSync(join(tmpdir(), 'ape-chromium-'));
    this.profiles.push(profile);
    const context = await chromium.launchPersistentContext(profile, {
      timeout: WAIT_MS,
      executablePath: CHROMIUM,
      viewport,
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
    context.setDefaultTimeout(WAIT_MS);
    return context;
  }

  cleanup(): void {
    for (const p of this.profiles.splice(0)) rmSync(p, { recursive: true, force: true });
  }
}
