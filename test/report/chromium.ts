// Chromium driven headless by playwright-core, for the report's browser tests. vitest.config.ts
// skips those tests with a notice when it finds no browser; run anyway, a missing one fails here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../helpers/paths.js';

/** The browser vitest.config.ts found (it sets PAPERS_CHROMIUM), else Debian's Chromium. */
export const CHROMIUM_PATH = process.env.PAPERS_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** What the report page exposes on window.papersReport for scripts and tests. */
export interface ReportPageHandle {
  paperCount: number;
  screenPosition(ordinal: number): { x: number; y: number } | null;
  mapLabels(): string[];
}

export type WindowWithReport = Window & { papersReport?: ReportPageHandle };

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}; the report's browser tests need it: apt-get update && apt-get install -y chromium`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1366, height: 768 },
    // Without the background-networking flags Chromium keeps calling home, which this
    // machine's closed network refuses.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Records every request the page makes and aborts those that leave `allowedPrefix` (the report
 * file, or the served page's origin), so a page that reaches out fails the test, offline or not.
 */
export async function watchRequests(page: Page, allowedPrefix: string): Promise<{ refused: string[]; errors: string[] }> {
  const refused: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedPrefix)) return route.continue();
    refused.push(url);
    return route.abort();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(allowedPrefix)) refused.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { refused, errors };
}

export function artifactPath(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
