// Browser: the latest-digest view and tagging from the paper panel, on the sample digests plus
// test/fixtures/latest-digest.txt (added last: 2 new papers, 2 identical re-posts and 1 revised
// re-post of sample papers), served by `papers serve`'s server with the real model.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentModel, loadEmbedder, openIndexAt } from '../../src/cli/context.js';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { serveReport, type ServedReport } from '../../src/server/serve-report.js';
import { ROOT, scratchDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleIndexDir } from '../helpers/sample-index.js';
import { artifactPath, launchChromium, watchRequests, type Browser } from './chromium.js';

const NEW_TITLES = ['Paged Eviction: Budgeted Key-Value Cache Retention for Streaming Language Model Serving', 'Rank Budgeting for Low-Rank Adapters by Layer Sensitivity'];
const REPOST_TITLES = [
  "It's All in The [MASK]: Simple Instruction-Tuning Enables BERT-like Masked Language Models As Generative Classifiers",
  'Retrieval Heads Mechanistically Explain Long-Context Factuality',
  'Soft Injection of Task Embeddings Outperforms Prompt-Based In-Context Learning',
];
const REVISED_ORIGINAL = 'Retrieval Head Mechanistically Explains Long-Context Factuality';

let browser: Browser;
let indexDir: string;

async function serve(): Promise<{ index: OpenIndex; served: ServedReport }> {
  const index = openIndexAt({ indexDir, model: currentModel(), loadEmbedder });
  const served = await serveReport(index, { host: '127.0.0.1', port: 0, portAttempts: 1 });
  return { index, served };
}

async function openPage(url: string): Promise<{ page: Page; refused: string[]; errors: string[] }> {
  const page = await browser.context.newPage();
  const watched = await watchRequests(page, url);
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, ...watched };
}

beforeAll(async () => {
  // A copy: the test adds a digest and tags, and the sample index is shared by other tests.
  indexDir = path.join(scratchDir('latest-digest'), 'library');
  fs.cpSync(sampleIndexDir(), indexDir, { recursive: true });
  const added = runCli(['--index-dir', indexDir, 'index', path.join(ROOT, 'test', 'fixtures', 'latest-digest.txt')]);
  expect(added.status, added.stderr).toBe(0);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the latest-digest view', () => {
  let index: OpenIndex;
  let served: ServedReport;

  beforeAll(async () => {
    ({ index, served } = await serve());
  });

  afterAll(async () => {
    await served?.server.close();
    await index?.close();
  });

  it('sums up the digest added last and lists its new papers and re-posts', async () => {
    const { page, refused, errors } = await openPage(served.server.url);
    expect(await page.isVisible('#latest-section')).toBe(true);
    expect(await page.textContent('#latest-summary')).toBe('digest of 20 Nov (year not given): 5 papers, 2 new, 3 re-posts (2 identical, 1 revised)');
    await page.click('#latest-details summary');
    expect((await page.locator('#latest-new .title').allTextContents()).sort()).toEqual(NEW_TITLES);
    expect((await page.locator('#latest-reposts .link .title').allTextContents()).sort()).toEqual(REPOST_TITLES);

    await page.click('#latest-toggle');
    expect(await page.getAttribute('#latest-toggle', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('#map', 'data-latest-shown')).toBe('2 new, 3 re-posts');
    await page.screenshot({ path: artifactPath('latest-digest.png') });

    // The revised re-post links to the posting first seen.
    await page.locator('#latest-reposts .inline-link', { hasText: REVISED_ORIGINAL }).click();
    expect(await page.textContent('#panel-title')).toBe(REVISED_ORIGINAL);
    await page.click('#latest-toggle');
    expect(await page.getAttribute('#map', 'data-latest-shown')).toBe('no');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('tagging from the paper panel', () => {
  it('keeps a tag added in the panel across a restart of the server, and refuses a bad name', async () => {
    const first = await serve();
    try {
      const { page, errors } = await openPage(first.served.server.url);
      await page.click('#latest-details summary');
      await page.locator('#latest-new .link', { hasText: NEW_TITLES[0]! }).click();
      await page.waitForSelector('#panel-tags[data-tag-count="0"]');
      await page.fill('#tag-input', 'two words');
      await page.click('.tag-form button[type="submit"]');
      await page.waitForSelector('#tag-status.error');
      expect(await page.textContent('#tag-status')).toContain('the tag "two words" is not one word');
      await page.fill('#tag-input', 'To-Read');
      await page.click('.tag-form button[type="submit"]');
      await page.waitForSelector('#panel-tags[data-tag-count="1"]');
      expect(await page.textContent('#panel-tags .tag')).toContain('to-read');
      await page.screenshot({ path: artifactPath('panel-tags.png') });
      // Only the one refusal the test asked for (a 400) reached the console.
      expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
    } finally {
      await first.served.server.close();
      await first.index.close();
    }

    const second = await serve();
    try {
      const { page, errors } = await openPage(second.served.server.url);
      await page.click('#latest-details summary');
      await page.locator('#latest-new .link', { hasText: NEW_TITLES[0]! }).click();
      await page.waitForSelector('#panel-tags[data-tag-count="1"]');
      expect(await page.textContent('#panel-tags .tag')).toContain('to-read');
      const listed = runCli(['--index-dir', indexDir, 'tags', 'to-read']);
      expect(listed.stdout).toContain(NEW_TITLES[0]);

      await page.click('#panel-tags .tag button');
      await page.waitForSelector('#panel-tags[data-tag-count="0"]');
      expect(runCli(['--index-dir', indexDir, 'tags']).stdout.trim()).toBe('no tags yet (papers tag <paper> <tag> adds one)');
      expect(errors).toEqual([]);
    } finally {
      await second.served.server.close();
      await second.index.close();
    }
  });
});
