// Finds a Chromium or Chrome for the report's browser tests: PAPERS_CHROMIUM when set, else the
// usual install places and playwright's own download.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ENV = 'PAPERS_CHROMIUM';
/** Set (to 1) where the browser tests must run: a missing browser then fails them instead of skipping. */
export const REQUIRE_BROWSER_ENV = 'PAPERS_REQUIRE_BROWSER';

const USUAL_PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser's executable, or undefined when none is installed (or PAPERS_CHROMIUM names a missing file). */
export function findChromium(): string | undefined {
  const chosen = process.env[CHROMIUM_ENV];
  if (chosen) return fs.existsSync(chosen) ? chosen : undefined;
  return [...USUAL_PLACES, playwrightChromium()].find((place) => place !== undefined && fs.existsSync(place));
}

export function isBrowserRequired(): boolean {
  return process.env[REQUIRE_BROWSER_ENV] === '1';
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
