import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { collectReportData } from '../../src/report/collect-report-data.js';
import { findNeighbours } from '../../src/report/find-neighbours.js';
import { projectPapers } from '../../src/report/project-papers.js';
import { PAGE_SCRIPT_FILE, renderReport } from '../../src/report/render-report.js';
import type { ReportData } from '../../src/report/report-data.js';
import { ExactIndex } from '../../src/vector-index/exact-index.js';
import { tinyCorpus, twoClusterVectors, twoGroups, twoLevelThemes } from './report-fixtures.js';

async function sampleData(edit?: (corpus: ReturnType<typeof tinyCorpus>) => void): Promise<ReportData> {
  const corpus = tinyCorpus(6);
  edit?.(corpus);
  const vectors = twoClusterVectors(6);
  const nearest = await findNeighbours(ExactIndex.fromVectors(corpus.papers.map((paper) => paper.id), vectors), corpus.papers, vectors, 5);
  return collectReportData({ ...corpus, projection: await projectPapers(vectors, nearest), nearest, themes: twoLevelThemes(6), groups: twoGroups() });
}

function embeddedData(html: string): ReportData {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(match![1]!) as ReportData;
}

describe('renderReport', () => {
  it('embeds the report data so the page can read it back unchanged', async () => {
    const data = await sampleData();
    expect(embeddedData(renderReport(data))).toEqual(data);
  });

  it('keeps a title containing </script> or HTML inside the data, not the page', async () => {
    const hostile = '</script><script>alert(1)</script><!-- <b>bold</b>';
    const data = await sampleData((corpus) => (corpus.papers[0]!.title = hostile));
    const html = renderReport(data);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(embeddedData(html).papers[0]!.title).toBe(hostile);
  });

  it('loads nothing from the network: no external URL, and a policy that forbids requests', async () => {
    const html = renderReport(await sampleData());
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect(html).toContain("connect-src 'none'");
    expect(html).toContain("default-src 'none'");
  });

  it('adds the search box and "similar to this abstract" only to the served page', async () => {
    const file = renderReport(await sampleData());
    const served = renderReport(await sampleData(), { live: true });
    expect(file).not.toContain('id="search-form"');
    expect(file).not.toContain('id="similar-form"');
    expect(served).toContain('id="search-form"');
    expect(served).toContain('id="similar-form"');
    expect(served).toContain("connect-src 'self'");
  });

  it('escapes the corpus title in the markup', async () => {
    const data = { ...(await sampleData()), title: '<img src=x onerror=alert(1)>' };
    const html = renderReport(data);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('inlines the page script bundled by npm run build, once', async () => {
    const bundle = fs.readFileSync(PAGE_SCRIPT_FILE, 'utf8');
    expect(bundle.length).toBeGreaterThan(1000);
    expect(renderReport(await sampleData()).split(bundle)).toHaveLength(2);
  });

  it('counts topics and areas in words, singular when there is one', async () => {
    const html = renderReport(await sampleData());
    expect(html).toContain('3 topics in 2 areas (chosen automatically)');
    const one = { ...(await sampleData()), topics: (await sampleData()).topics.slice(0, 1), areas: (await sampleData()).areas.slice(0, 1) };
    expect(renderReport(one)).toContain('1 topic in 1 area (chosen automatically)');
  });
});
