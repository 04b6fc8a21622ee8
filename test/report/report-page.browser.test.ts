// Browser: the report file and the served page in Debian's headless Chromium, on the sample
// digests indexed with the real model. Screenshots go to test-artifacts/.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicateGroup } from '../../src/dedup/duplicate-types.js';
import { searchPapers } from '../../src/search/search-papers.js';
import { serveReport, type ServedReport } from '../../src/server/serve-report.js';
import { scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { openSampleIndex, sampleIndexDir } from '../helpers/sample-index.js';
import { artifactPath, launchChromium, watchRequests, type Browser, type WindowWithReport } from './chromium.js';

const index = openSampleIndex();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await index.close();
});

async function openPage(url: string, allowedPrefix: string) {
  const page = await browser.context.newPage();
  const watched = await watchRequests(page, allowedPrefix);
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, ...watched };
}

/** Where the page drew a paper's dot, in page coordinates. */
async function dotOf(page: Page, ordinal: number): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((which) => (window as WindowWithReport).papersReport!.screenPosition(which), ordinal);
  expect(position, `paper ${ordinal} has a dot on screen`).not.toBeNull();
  return position!;
}

/** A paper whose dot has no other dot within a few pixels, so a click lands on it alone. */
async function lonelyPaper(page: Page): Promise<number> {
  const positions = await Promise.all(index.papers.map((_, ordinal) => dotOf(page, ordinal)));
  const lonely = positions.findIndex((a, ordinal) => positions.every((b, other) => other === ordinal || Math.hypot(a.x - b.x, a.y - b.y) > 12));
  expect(lonely).toBeGreaterThanOrEqual(0);
  return lonely;
}

describe('papers report, opened from disk', () => {
  let page: Page;
  let refused: string[];
  let errors: string[];
  let groups: DuplicateGroup[];
  let themes: { label: string; size: number }[];

  beforeAll(async () => {
    const out = path.join(scratchDir('report'), 'report.html');
    const written = runCli(['--index-dir', sampleIndexDir(), 'report', '--out', out]);
    expect(written.status, written.stderr).toBe(0);
    expect(written.stdout).toContain(`wrote ${out}`);
    const dupes = runCli(['--index-dir', sampleIndexDir(), 'dupes', '--json']);
    groups = (JSON.parse(dupes.stdout) as { groups: DuplicateGroup[] }).groups;
    const themesJson = runCli(['--index-dir', sampleIndexDir(), 'themes', '--json']);
    themes = (JSON.parse(themesJson.stdout) as { clusters: { label: string; size: number }[] }).clusters;
    const url = pathToFileURL(out).href;
    ({ page, refused, errors } = await openPage(url, url));
  });

  it('draws one point per paper, and loads with every network request refused', async () => {
    expect(Number(await page.getAttribute('#map', 'data-point-count'))).toBe(index.papers.length);
    await page.screenshot({ path: artifactPath('report-map.png') });
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lists every duplicate group with its kind and similarity', async () => {
    expect(groups.length).toBeGreaterThan(0);
    expect(Number(await page.getAttribute('#duplicate-list', 'data-group-count'))).toBe(groups.length);
    await expect(page.locator('#duplicate-list > li .kind').count()).resolves.toBe(groups.length);
    expect(await page.textContent('#duplicate-count')).toBe(`(${groups.length})`);
  });

  it('shows the themes of papers themes in the legend, names them on the map, and highlights one on click', async () => {
    expect(themes.length).toBeGreaterThan(1);
    const legend = page.locator('#theme-legend button[data-topic]');
    expect(await legend.locator('.label').allTextContents()).toEqual(themes.map((theme) => theme.label));
    expect(await legend.locator('.count').allTextContents()).toEqual(themes.map((theme) => String(theme.size)));
    const labels = await page.evaluate(() => (window as WindowWithReport).papersReport!.mapLabels());
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(themes.map((theme) => theme.label)).toContain(label);
    await legend.nth(1).click();
    expect(await legend.nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await page.textContent('#announcer')).toBe(`Highlighting topic ${themes[1]!.label}`);
    await page.screenshot({ path: artifactPath('report-theme.png') });
    await legend.nth(1).click();
    expect(await legend.nth(1).getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the title on hover and opens the paper panel on click', async () => {
    const ordinal = await lonelyPaper(page);
    const paper = index.papers[ordinal]!;
    const dot = await dotOf(page, ordinal);
    await page.mouse.move(dot.x, dot.y);
    expect(await page.textContent('#tooltip')).toBe(paper.title);
    await page.mouse.click(dot.x, dot.y);
    expect(await page.isVisible('#paper-panel')).toBe(true);
    expect(await page.textContent('#panel-title')).toBe(paper.title);
    expect(await page.textContent('#paper-panel')).toContain(paper.abstract.slice(0, 80));
    // Digests are shown by their date; the file name is on hover.
    expect(await page.locator('#paper-panel .appearances li').evaluateAll((items) => items.map((item) => item.getAttribute('title')).sort())).toEqual([...paper.digests].sort());
    expect(await page.textContent('#paper-panel .appearances')).toMatch(/digest of \d{1,2} [A-Z][a-z]{2} \(year not given\), #\d+/);
    await page.screenshot({ path: artifactPath('report-panel.png') });

    const nearest = page.locator('#paper-panel ol button');
    expect(await nearest.count()).toBe(5);
    const nextTitle = await nearest.first().locator('.title').textContent();
    await nearest.first().click();
    expect(await page.textContent('#panel-title')).toBe(nextTitle);

    await page.keyboard.press('Escape');
    expect(await page.isVisible('#paper-panel')).toBe(false);
  });

  it('narrows the map to the papers whose title or abstract has the typed words', async () => {
    const words = 'attention heads';
    const expected = index.papers.filter((paper) => words.split(' ').every((word) => `${paper.title}\n${paper.abstract}`.toLowerCase().includes(word))).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(index.papers.length);
    await page.fill('#filter-input', words);
    expect(Number(await page.getAttribute('#map', 'data-visible-count'))).toBe(expected);
    expect(await page.textContent('#filter-count')).toBe(`${expected} of ${index.papers.length} papers match`);
    await expect(page.locator('#matches-list button').count()).resolves.toBe(Math.min(expected, 50));
    await page.screenshot({ path: artifactPath('report-filter.png') });
    await page.fill('#filter-input', '');
    expect(Number(await page.getAttribute('#map', 'data-visible-count'))).toBe(index.papers.length);
  });

  it('can be used from the keyboard: skip to the map, move, open with Enter, close with Escape', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip-to-map');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('map');
    await page.keyboard.press('ArrowRight');
    const announced = await page.textContent('#announcer');
    expect(index.papers.map((paper) => paper.title)).toContain(announced);
    await page.keyboard.press('Enter');
    expect(await page.textContent('#panel-title')).toBe(announced);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#paper-panel')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('map');
  });

  it('would have caught a page that reaches out (the watcher works)', async () => {
    const control = await browser.context.newPage();
    const watched = await watchRequests(control, 'file:');
    await control.evaluate(() => fetch('http://127.0.0.1:9/beacon').catch(() => undefined));
    expect(watched.refused).toContain('http://127.0.0.1:9/beacon');
    await control.close();
  });

  it('made no network request during any of this', () => {
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('papers serve, in the browser', () => {
  let served: ServedReport;

  beforeAll(async () => {
    served = await serveReport(index, { host: '127.0.0.1', port: 0, portAttempts: 1 });
  });

  afterAll(async () => {
    await served?.server.close();
  });

  it('answers the search box with the real hybrid search, ringed on the map', async () => {
    const { page, refused, errors } = await openPage(served.server.url, served.server.url);
    expect(Number(await page.getAttribute('#map', 'data-point-count'))).toBe(index.papers.length);
    await page.fill('#search-input', 'kv cache compression');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#results-list[data-result-count]');
    const expected = await searchPapers(index, 'kv cache compression', { mode: 'hybrid', topK: 20 });
    const titles = await page.locator('#results-list .title').allTextContents();
    expect(titles).toEqual(expected.map((hit, rank) => `${rank + 1}. ${hit.paper.title}`));
    await page.screenshot({ path: artifactPath('serve-search.png') });

    await page.locator('#results-list button').first().click();
    expect(await page.textContent('#panel-title')).toBe(expected[0]!.paper.title);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('finds the papers nearest to a pasted abstract', async () => {
    const { page, errors } = await openPage(served.server.url, served.server.url);
    const source = index.papers[0]!;
    await page.click('#similar-details summary');
    await page.fill('#similar-text', source.abstract);
    await page.click('#similar-form button[type="submit"]');
    await page.waitForSelector('#results-list[data-result-count]');
    expect(await page.locator('#results-list .title').first().textContent()).toBe(`1. ${source.title}`);
    expect(errors).toEqual([]);
  });
});
