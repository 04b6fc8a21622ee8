// `npm run eval`: quality of search and of themes on the sample digests,
// with the real model. Builds a throw-away index so the user's own index is never touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { currentModel, loadEmbedder, openIndexAt } from '../src/cli/context.js';
import { PROJECT_ROOT, SEARCH } from '../src/config.js';
import { buildIndex } from '../src/cli/context.js';
import { evaluateSearch, loadSearchQueries } from './eval/search-eval.js';
import { evalThemes } from './eval/themes-eval.js';

async function main(): Promise<void> {
  const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-eval-'));
  try {
    await buildIndex({ indexDir, inputs: [path.join(PROJECT_ROOT, 'data', 'digests')], model: currentModel(), loadEmbedder });
    const index = openIndexAt({ indexDir, model: currentModel(), loadEmbedder });
    const queries = loadSearchQueries(path.join(PROJECT_ROOT, 'test', 'fixtures', 'search-queries.json'), index.papers);
    const rows = await evaluateSearch(index, queries);
    console.log(`search: ${queries.length} graded queries on ${index.papers.length} papers (RRF k=${SEARCH.rrfK}, weights dense ${SEARCH.denseWeight} / lexical ${SEARCH.lexicalWeight})`);
    console.table(rows.map((row) => ({ mode: row.mode, 'nDCG@10': row.ndcg10.toFixed(3), 'recall@10': row.recall10.toFixed(3), MRR: row.mrr.toFixed(3) })));
    console.log('\nthemes: NMI against the hand topics of test/fixtures/theme-labels.json');
    console.table((await evalThemes(index)).map((row) => ({ measure: row.name, NMI: row.value.toFixed(3) })));
    await index.close();
  } finally {
    fs.rmSync(indexDir, { recursive: true, force: true });
  }
}

await main();
