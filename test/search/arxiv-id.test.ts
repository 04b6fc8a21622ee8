// The arXiv id of a paper imported from arXiv metadata: shown in the terminal and JSON output,
// matched by `similar <ref>` with or without its version (new and old style), and served at
// /api/papers/<arXiv id>.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, openIndexAt } from '../../src/cli/context.js';
import { describePaper } from '../../src/cli/format-hits.js';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import type { ReportData } from '../../src/report/report-data.js';
import { hitsToJson } from '../../src/search/hits-to-json.js';
import { resolvePaper } from '../../src/search/resolve-paper.js';
import { createRequestHandler } from '../../src/server/handle-request.js';
import { startServer } from '../../src/server/start-server.js';
import type { ThemesResult } from '../../src/themes/theme-types.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { ROOT, scratchDir } from '../helpers/paths.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'arxiv-sample.jsonl');

describe('the arXiv id', () => {
  let index: OpenIndex;
  beforeAll(async () => {
    const indexDir = path.join(scratchDir('arxiv-id'), 'index');
    await buildIndex({ indexDir, inputs: [FIXTURE], model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
    index = openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder: async () => new FakeEmbedder() });
  });
  afterAll(async () => {
    await index.close();
  });

  const titleOf = (ref: string) => index.papers[resolvePaper(index.papers, ref)]!.title;

  it.each([
    ['2401.00002', 'Gradient Noise Scales in Stochastic Optimisation'],
    ['2401.00002v3', 'Gradient Noise Scales in Stochastic Optimisation'],
    ['arXiv:2401.00002', 'Gradient Noise Scales in Stochastic Optimisation'],
    ['https://arxiv.org/abs/2401.00002v1', 'Gradient Noise Scales in Stochastic Optimisation'],
    ['math.AG/0601001', 'Moduli of Stable Curves in Positive Characteristic'],
    ['math.AG/0601001v2', 'Moduli of Stable Curves in Positive Characteristic'],
  ])('names the paper %s for `similar <ref>`', (ref, title) => {
    expect(titleOf(ref)).toBe(title);
  });

  it('says when no paper has an arXiv id', () => {
    expect(() => resolvePaper(index.papers, '2501.99999')).toThrow('no paper has the id, arXiv id or title "2501.99999"');
  });

  it('is shown in the terminal line and in the JSON of a hit', () => {
    const paper = index.papers[resolvePaper(index.papers, '2401.00002')]!;
    expect(describePaper(paper)).toMatch(/ · arXiv 2401\.00002 · id [0-9a-f]{16}$/);
    const [json] = hitsToJson([{ paper, score: 1, denseSimilarity: 1, bm25: null, alsoPostedAs: [] }]);
    expect(json).toMatchObject({ arxivId: '2401.00002', arxivUrl: 'https://arxiv.org/abs/2401.00002' });
  });

  it('finds the paper at /api/papers/<arXiv id>, new style with a version and old style with its slash', async () => {
    const handler = createRequestHandler({
      index,
      data: { papers: [] } as unknown as ReportData,
      themes: {} as ThemesResult,
      groups: [],
      page: '',
      health: {},
    });
    const server = await startServer(handler, { host: '127.0.0.1', port: 0, portAttempts: 1 });
    try {
      const fetchTitle = async (ref: string) => {
        const response = await fetch(`${server.url}api/papers/${ref}`);
        return { status: response.status, body: (await response.json()) as { title?: string; arxivId?: string } };
      };
      expect(await fetchTitle('2401.00002v2')).toMatchObject({ status: 200, body: { title: 'Gradient Noise Scales in Stochastic Optimisation', arxivId: '2401.00002' } });
      expect(await fetchTitle('math.AG/0601001')).toMatchObject({ status: 200, body: { arxivId: 'math.AG/0601001' } });
      expect(await fetchTitle(encodeURIComponent('math.AG/0601001'))).toMatchObject({ status: 200, body: { arxivId: 'math.AG/0601001' } });
      expect((await fetchTitle('2501.99999')).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
