// `npm run eval`: quality of search, themes, "like this abstract" and duplicates with the real
// model, on the sample digests and fixtures, then on public data in ../shared/data (read at run
// time). Builds a throw-away index so the user's own index is never touched; embeddings of the
// large corpora are cached in ~/.cache/papers-eval (PAPERS_EVAL_CACHE) under the model fingerprint.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIndex, currentModel, loadEmbedder, openIndexAt } from '../src/cli/context.js';
import { MODEL_VARIANT_ENV, MODEL_VARIANTS, PROJECT_ROOT, SEARCH, SIMILAR, type ModelVariant } from '../src/config.js';
import { describeEvidence } from '../src/dedup/describe-evidence.js';
import type { OpenIndex } from '../src/pipeline/open-index.js';
import { evaluateBackend, evaluatePostgresLike } from './eval/backends-eval.js';
import { evaluateCsfcube } from './eval/csfcube-eval.js';
import { evaluateFixtureDupes, evaluateParaphrases, evaluateSampleDupes } from './eval/fixtures-eval.js';
import { evaluateScifact } from './eval/scifact-eval.js';
import { evaluateSearch, loadSearchQueries } from './eval/search-eval.js';
import { evaluateDupes, evaluateSimilar, type EvalRow } from './eval/variant-eval.js';
import { evalArxivThemes, evalThemes } from './eval/themes-eval.js';
import { evalTopicFit } from './eval/topic-fit-eval.js';
import { hasSharedData, SHARED_DATA } from './eval/shared-data.js';
import { evaluateVersions } from './eval/versions-eval.js';

const f3 = (value: number) => value.toFixed(3);

const SAMPLE = path.join(PROJECT_ROOT, 'data', 'digests');
const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures');

async function withIndex<T>(inputs: string[], use: (index: OpenIndex) => Promise<T>): Promise<T> {
  const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-eval-'));
  try {
    await buildIndex({ indexDir, inputs, model: currentModel(), loadEmbedder });
    const index = openIndexAt({ indexDir, model: currentModel(), loadEmbedder });
    try {
      return await use(index);
    } finally {
      await index.close();
    }
  } finally {
    fs.rmSync(indexDir, { recursive: true, force: true });
  }
}

/** Every sample and fixture figure for the model variant in $PAPERS_MODEL_VARIANT. */
async function evaluateVariant(): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  await withIndex([SAMPLE], async (index) => {
    for (const fixture of ['search-queries.json', 'need-queries.json']) {
      const queries = loadSearchQueries(path.join(FIXTURES, fixture), index.papers).filter((query) => query.grades.size > 0);
      for (const row of await evaluateSearch(index, queries)) {
        rows.push(
          { name: `search ${row.mode} nDCG@10 (${fixture})`, value: row.ndcg10 },
          { name: `search ${row.mode} recall@10 (${fixture})`, value: row.recall10 },
          { name: `search ${row.mode} MRR (${fixture})`, value: row.mrr },
        );
      }
    }
    rows.push(...(await evaluateSimilar(index)));
    rows.push(...(await evalThemes(index)).map((row) => ({ name: `themes ${row.name}`, value: row.value })));
  });
  const embedder = await loadEmbedder();
  try {
    for (const row of await evaluateParaphrases(embedder, [{ name: 'hybrid', mode: 'hybrid' }])) {
      rows.push({ name: 'similar --file MRR, paraphrases.json (12)', value: row.paraphrases }, { name: 'similar --file MRR, rewritten re-posts (10)', value: row.reposts });
    }
  } finally {
    await embedder.dispose();
  }
  await withIndex([SAMPLE, path.join(FIXTURES, 'revised-digest.txt')], async (index) => {
    rows.push(...(await evaluateDupes(index)));
  });
  return rows;
}

/** The same figures for each model variant, side by side, so a loss from the faster graph shows. */
async function compareVariants(): Promise<void> {
  const variants = Object.keys(MODEL_VARIANTS) as ModelVariant[];
  const byVariant = new Map<ModelVariant, EvalRow[]>();
  for (const variant of variants) {
    process.env[MODEL_VARIANT_ENV] = variant;
    byVariant.set(variant, await evaluateVariant());
  }
  delete process.env[MODEL_VARIANT_ENV];
  console.log(`model variants on the sample digests and fixtures (search: RRF k=${SEARCH.rrfK}, weights dense ${SEARCH.denseWeight} / lexical ${SEARCH.lexicalWeight})`);
  const [first, second] = variants.map((variant) => byVariant.get(variant)!);
  console.table(
    first!.map((row, position) => {
      const line: Record<string, string> = { measure: row.name };
      for (const variant of variants) line[variant] = f3(byVariant.get(variant)![position]!.value);
      line['Δ'] = f3(row.value - second![position]!.value);
      return line;
    }),
  );
}

/** Search quality on SQLite and on PostgreSQL (PGlite) side by side: the same papers and vectors. */
async function compareBackends(): Promise<void> {
  await withIndex([SAMPLE], async (sqlite) => {
    const onSqlite = await evaluateBackend(sqlite);
    const onPostgres = await evaluatePostgresLike(sqlite, [SAMPLE]);
    console.log('\nstores on the sample digests: SQLite (hnswlib, FTS5 BM25) and PostgreSQL (PGlite: pgvector HNSW, BM25 in SQL), the same vectors');
    console.table(onSqlite.map((row, position) => ({ measure: row.name, sqlite: f3(row.value), postgres: f3(onPostgres[position]!.value), 'Δ': f3(onPostgres[position]!.value - row.value) })));
  });
}

async function main(): Promise<void> {
  await compareVariants();
  await compareBackends();

  const embedder = await loadEmbedder();
  try {
    const hybrid = `hybrid (score fusion ${SIMILAR.denseWeight}/${SIMILAR.lexicalWeight}, default)`;
    console.log('\nsimilar --file: MRR of the original for rewritten abstracts (old: paraphrases.json; new: the re-posts of rewritten-digest.txt)');
    const paraphrases = await evaluateParaphrases(embedder, [
      { name: 'dense', mode: 'dense' },
      { name: 'lexical', mode: 'lexical' },
      { name: hybrid, mode: 'hybrid' },
    ]);
    console.table(paraphrases.map((row) => ({ mode: row.setting, 'paraphrases.json (12)': f3(row.paraphrases), 'rewritten re-posts (10)': f3(row.reposts) })));

    console.log('\ndupes on the sample digests: groups by kind (34 identical expected)');
    console.table(await evaluateSampleDupes(embedder));
    console.log('dupes on the sample plus each re-post fixture: precision and recall by kind');
    for (const [name, options] of [['without rewritten', { rewritten: false }], ['default', {}]] as const) {
      const { rows, groups } = await evaluateFixtureDupes(embedder, options);
      console.log(name);
      console.table(rows);
      if (name === 'default') for (const group of groups.slice(0, 3)) console.log(`  ${group.kind} · ${group.entries.map((entry) => entry.title).join(' | ')}\n    ${describeEvidence(group)}`);
    }

    if (!hasSharedData()) {
      console.log(`\n${SHARED_DATA} not found: the public-data evaluations (CSFCube, arXiv versions, SciFact) are skipped`);
      return;
    }
    const csfcube = await evaluateCsfcube(embedder, [
      { name: 'dense', kind: 'similar', mode: 'dense' },
      { name: 'lexical', kind: 'similar', mode: 'lexical' },
      { name: 'hybrid RRF as in search (k=5, 1:1)', kind: 'search-rrf' },
      { name: hybrid, kind: 'similar', mode: 'hybrid' },
      ...[0.9, 0.85, 0.7, 0.6, 0.5].map((weight) => ({
        name: `score fusion ${weight}/${Number((1 - weight).toFixed(2))}`,
        kind: 'similar' as const,
        mode: 'hybrid' as const,
        fusion: { denseWeight: weight, lexicalWeight: 1 - weight, depth: 0 },
      })),
    ]);
    console.log(`\nCSFCube (similar --file, title + abstract): ${csfcube.description}`);
    console.table(csfcube.rows.map((row) => ({ ranker: row.ranker, 'NDCG@20': f3(row.ndcg20), MAP: f3(row.map) })));

    const versions = await evaluateVersions(embedder, [
      { name: 'without rewritten', options: { rewritten: false } },
      { name: 'default', options: {} },
    ]);
    console.log(`\ndupes on arXiv version pairs (dev): ${versions.description}`);
    console.table(versions.rows.map((row) => ({ setting: row.setting, ...row.recall, 'hard negatives grouped': row.hardNegativesGrouped, 'other groups': row.otherGroups, 'rewritten groups': row.rewrittenGroups })));

    const scifact = await evaluateScifact(embedder);
    console.log(`\nSciFact search (dev): ${scifact.description}`);
    console.table(scifact.rows.map((row) => ({ mode: row.mode, 'nDCG@10': f3(row.ndcg10) })));

    console.log('\n"fits no topic" (the stable topics\' threshold) on papers it was not set on');
    console.table((await evalTopicFit(embedder)).map((row) => ({ measure: row.name, value: f3(row.value), unit: row.unit, target: row.target ?? '' })));
  } finally {
    await embedder.dispose();
  }
  console.log('\nthemes on arXiv papers (default model variant; vectors cached in ~/.cache/papers-eval)');
  console.table((await evalArxivThemes()).map((row) => ({ measure: row.name, value: f3(row.value), unit: row.unit, target: row.target ?? '' })));
}

await main();
