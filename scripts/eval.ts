// `npm run eval`: quality of search, similar, themes and duplicates on the sample digests with the
// real model, once per model variant (int8, the default, and q4) side by side, so that a loss of
// quality from the faster graph shows. Builds throw-away indexes: the user's own is never touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { currentModel, loadEmbedder } from '../src/cli/context.js';
import { MODEL_VARIANT_ENV, MODEL_VARIANTS, PROJECT_ROOT, SEARCH, type ModelVariant } from '../src/config.js';
import { buildIndex } from '../src/pipeline/build-index.js';
import { OpenIndex } from '../src/pipeline/open-index.js';
import { evaluateSearch, loadSearchQueries } from './eval/search-eval.js';
import { evaluateDupes, evaluateSimilar, type EvalRow } from './eval/variant-eval.js';
import { evalThemes } from './eval/themes-eval.js';

const SAMPLE = path.join(PROJECT_ROOT, 'data', 'digests');

async function withIndex<T>(inputs: string[], use: (index: OpenIndex) => Promise<T>): Promise<T> {
  const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-eval-'));
  try {
    await buildIndex({ indexDir, inputs, model: currentModel(), loadEmbedder });
    const index = OpenIndex.open({ indexDir, model: currentModel(), loadEmbedder });
    try {
      return await use(index);
    } finally {
      await index.close();
    }
  } finally {
    fs.rmSync(indexDir, { recursive: true, force: true });
  }
}

async function evaluateVariant(): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  await withIndex([SAMPLE], async (index) => {
    const queries = loadSearchQueries(path.join(PROJECT_ROOT, 'test', 'fixtures', 'search-queries.json'), index.papers);
    for (const row of await evaluateSearch(index, queries)) {
      rows.push({ name: `search ${row.mode} nDCG@10`, value: row.ndcg10 }, { name: `search ${row.mode} recall@10`, value: row.recall10 }, { name: `search ${row.mode} MRR`, value: row.mrr });
    }
    rows.push(...(await evaluateSimilar(index)));
    rows.push(...(await evalThemes(index)).map((row) => ({ name: `themes ${row.name}`, value: row.value })));
  });
  await withIndex([SAMPLE, path.join(PROJECT_ROOT, 'test', 'fixtures', 'revised-digest.txt')], async (index) => {
    rows.push(...evaluateDupes(index));
  });
  return rows;
}

async function main(): Promise<void> {
  const variants = Object.keys(MODEL_VARIANTS) as ModelVariant[];
  const byVariant = new Map<ModelVariant, EvalRow[]>();
  for (const variant of variants) {
    process.env[MODEL_VARIANT_ENV] = variant;
    byVariant.set(variant, await evaluateVariant());
  }
  console.log(`sample digests, real model; search: RRF k=${SEARCH.rrfK}, weights dense ${SEARCH.denseWeight} / lexical ${SEARCH.lexicalWeight}`);
  const first = byVariant.get(variants[0]!)!;
  console.table(
    first.map((row, position) => {
      const line: Record<string, string> = { measure: row.name };
      for (const variant of variants) line[variant] = byVariant.get(variant)![position]!.value.toFixed(3);
      line['Δ'] = (row.value - byVariant.get(variants[1]!)![position]!.value).toFixed(3);
      return line;
    }),
  );
}

await main();
