// Browser: the page drawn from a small hand-made report (no model) in headless Chromium: topics
// named on the map, the two-level legend, and the panel's wording (dates, plurals, reasons).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectReportData } from '../../src/report/collect-report-data.js';
import type { Projection } from '../../src/report/project-papers.js';
import { renderReport } from '../../src/report/render-report.js';
import { scratchDir } from '../helpers/paths.js';
import { artifactPath, launchChromium, watchRequests, type Browser, type WindowWithReport } from './chromium.js';
import { tinyCorpus, twoGroups, twoLevelThemes } from './report-fixtures.js';

const COUNT = 24;
/** Where each topic's papers sit: three far-apart spots, so each name has room. */
const SPOTS: Record<number, [number, number]> = { 7: [0.2, 0.25], 3: [0.8, 0.3], 5: [0.5, 0.85] };

let browser: Browser;
let page: Page;
let refused: string[];
let errors: string[];

function spreadProjection(): Projection {
  const themes = twoLevelThemes(COUNT);
  const points = Array.from({ length: COUNT }, (_, ordinal): [number, number] => {
    const [x, y] = SPOTS[themes.assignments[`p${ordinal}`]!]!;
    // A distinct offset per paper, so no two dots share a spot.
    return [x + ((ordinal % 5) - 2) * 0.03, y + (Math.floor(ordinal / 5) - 2) * 0.03];
  });
  return { method: 'umap', points, laidOut: COUNT, seed: 42 };
}

beforeAll(async () => {
  const corpus = tinyCorpus(COUNT);
  corpus.papers[4]!.abstract = `${'long '.repeat(5000)}END`;
  const nearest = corpus.papers.map((_, ordinal) => ({ ordinals: [(ordinal + 2) % COUNT], similarities: [0.9] }));
  const data = collectReportData({ ...corpus, projection: spreadProjection(), nearest, themes: twoLevelThemes(COUNT), groups: twoGroups() });
  const out = path.join(scratchDir('report-topics'), 'report.html');
  fs.writeFileSync(out, renderReport(data));
  browser = await launchChromium();
  page = await browser.context.newPage();
  const url = pathToFileURL(out).href;
  ({ refused, errors } = await watchRequests(page, url));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
});

afterAll(async () => {
  await browser?.close();
});

async function dotOf(ordinal: number): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((which) => (window as WindowWithReport).papersReport!.screenPosition(which), ordinal);
  expect(position, `paper ${ordinal} has a dot on screen`).not.toBeNull();
  return position!;
}

describe('the report page with topics in areas', () => {
  it('names every topic on the map, largest first', async () => {
    const labels = await page.evaluate(() => (window as WindowWithReport).papersReport!.mapLabels());
    expect(labels).toEqual(['retrieval augmented generation', 'kv cache compression', 'kv cache eviction']);
    await page.screenshot({ path: artifactPath('report-topics.png') });
  });

  it('lists areas with their topics under them, and an area of one topic as that topic', async () => {
    const areaButtons = page.locator('#theme-legend button[data-area]');
    expect(await areaButtons.locator('.label').allTextContents()).toEqual(['kv cache']);
    expect(await page.locator('#theme-legend button[data-area="1"] + ul.topics .label').allTextContents()).toEqual(['kv cache compression', 'kv cache eviction']);
    expect(await page.locator('#theme-legend > li > button[data-topic] .label').allTextContents()).toEqual(['retrieval augmented generation']);
    expect(await page.textContent('.sidebar')).toContain('3 topics in 2 areas (chosen automatically)');
  });

  it('highlights an area or a topic on click, and shows all again on a second click', async () => {
    const area = page.locator('#theme-legend button[data-area="1"]');
    await area.click();
    expect(await area.getAttribute('aria-pressed')).toBe('true');
    expect(await page.textContent('#announcer')).toBe('Highlighting area kv cache');
    const topic = page.locator('#theme-legend button[data-topic="2"]');
    await topic.click();
    expect(await topic.getAttribute('aria-pressed')).toBe('true');
    expect(await area.getAttribute('aria-pressed')).toBe('false');
    expect(await page.textContent('#announcer')).toBe('Highlighting topic kv cache eviction');
    await topic.click();
    expect(await topic.getAttribute('aria-pressed')).toBe('false');
    expect(await page.textContent('#announcer')).toBe('All themes shown');
  });

  it('shows a revised group with its reason in words, not the evidence keys', async () => {
    const groups = await page.locator('#duplicate-list > li .group > .meta').allTextContents();
    expect(groups).toEqual(['text similarity 0.87 (title 0.80, abstract containment 0.91, overlap 0.85)', 'same title and abstract in every posting']);
    expect(await page.textContent('#duplicate-list')).not.toMatch(/titleSimilarity|basis/);
    const postings = await page.locator('#duplicate-list > li .group li .meta').allTextContents();
    expect(postings).toEqual(['digest of 17 Feb #3 (year not given)', 'digest of 17 Feb #4 (year not given)', 'digest of 17 Feb (year not given) #2; b.txt #2']);
  });

  it('shows a paper with singular counts and its digests by date, the file name on hover', async () => {
    const dot = await dotOf(1);
    await page.mouse.click(dot.x, dot.y);
    expect(await page.textContent('#panel-title')).toBe('Paper 1 about caches');
    expect(await page.textContent('#paper-panel .meta')).toBe('6 Feb (year not given) · 2 authors · 1 upvote · id p1');
    const appearances = page.locator('#paper-panel .appearances li');
    expect(await appearances.allTextContents()).toEqual(['digest of 17 Feb (year not given), #2', 'b.txt, #2']);
    expect(await appearances.first().getAttribute('title')).toBe('a.txt');
    expect(await page.textContent('#paper-panel .group')).toContain('2 postings');
    await page.keyboard.press('Escape');
  });

  it('marks an abstract cut to REPORT.maxAbstractChars as abridged', async () => {
    const dot = await dotOf(4);
    await page.mouse.click(dot.x, dot.y);
    expect(await page.textContent('#panel-title')).toBe('Paper 4 about retrieval');
    expect(await page.textContent('#paper-panel .abridged')).toBe(' … (abridged)');
    expect(await page.textContent('#paper-panel .abstract')).not.toContain('END');
    await page.keyboard.press('Escape');
    const small = await dotOf(0);
    await page.mouse.click(small.x, small.y);
    expect(await page.locator('#paper-panel .abridged').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('made no network request and raised no error', () => {
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });
});
