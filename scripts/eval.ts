// `npm run eval`: quality of search and of themes on the sample digests,
// with the real model. Builds a throw-away index so the user's own index is never touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { currentModel, loadEmbedder } from '../src/cli/context.js';
import { PROJECT_ROOT, SEARCH } from '../src/config.js';
import { buildIndex } from '../src/pipeline/build-index.js';
import { OpenIndex } from '../src/pipeline/open-index.js';
import { evaluateSearch, loadSearchQueries } from './eval/search-eval.js';
import { evalArxivThemes, evalThemes } from './eval/themes-eval.js';

async function main(): Promise<void> {
  const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-eval-'));
  try {
    await buildIndex({ indexDir, inputs: [path.join(PROJECT_ROOT, 'data', 'digests')], model: currentModel(), loadEmbedder });
    const index = OpenIndex.open({ indexDir, model: currentModel(), loadEmbedder });
    const queries = loadSearchQueries(path.join(PROJECT_ROOT, 'test', 'fixtures', 'search-queries.json'), index.papers);
    const rows = await evaluateSearch(index, queries);
    console.log(`search: ${queries.length} graded queries on ${index.papers.length} papers (RRF k=${SEARCH.rrfK}, weights dense ${SEARCH.denseWeight} / lexical ${SEARCH.lexicalWeight})`);
    console.table(rows.map((row) => ({ mode: row.mode, 'nDCG@10': row.ndcg10.toFixed(3), 'recall@10': row.recall10.toFixed(3), MRR: row.mrr.toFixed(3) })));
    console.log('\nthemes: NMI against the hand labellings of test/fixtures/theme-labels.json and theme-labels-2.json, and arXiv primary categories');
    const themeRows = [...(await evalThemes(index)), ...(await evalArxivThemes())];
    console.table(themeRows.map((row) => ({ measure: row.name, value: row.value.toFixed(3), unit: row.unit, target: row.target ?? '' })));
    await index.close();
  } finally {
    fs.rmSync(indexDir, { recursive: true, force: true });
  }
}

await main();
