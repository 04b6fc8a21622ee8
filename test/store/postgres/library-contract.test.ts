// One contract, two stores: the sample digests indexed into SQLite and into PostgreSQL (PGlite with
// pgvector behind its socket server) answer search, similar, themes and dupes the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/dedup/find-duplicates.js';
import type { OpenIndex } from '../../../src/pipeline/open-index.js';
import { findSimilar } from '../../../src/search/find-similar.js';
import { searchPapers, type SearchMode } from '../../../src/search/search-papers.js';
import { loadThemes } from '../../../src/themes/load-themes.js';
import { buildFakeIndex, sampleDigestFiles } from '../../themes/fake-index.js';
import { startTestDatabase, type TestDatabase } from '../../helpers/pglite-server.js';
import { indexIntoPostgres, openPostgresLibrary } from '../../helpers/postgres-library.js';

/** Queries whose words are rare enough in the sample that BM25 has no ties among the top ten. */
const QUERIES = ['kv cache compression', 'reward hacking in RLHF', 'protein structure prediction', 'mixture of experts routing', 'speculative decoding'];
const MODES: SearchMode[] = ['dense', 'lexical', 'hybrid'];

describe('the library contract on SQLite and PostgreSQL', () => {
  let database: TestDatabase;
  let sqlite: OpenIndex;
  let postgres: OpenIndex;

  beforeAll(async () => {
    database = await startTestDatabase();
    await indexIntoPostgres(database.url, sampleDigestFiles());
    postgres = await openPostgresLibrary(database.url);
    ({ index: sqlite } = await buildFakeIndex(sampleDigestFiles()));
  }, 120_000);

  afterAll(async () => {
    await sqlite?.close();
    await postgres?.close();
    await database?.stop();
  });

  it('holds the same papers, entries and vectors', () => {
    expect(postgres.papers.length).toBe(137);
    expect(postgres.papers).toEqual(sqlite.papers);
    expect(postgres.entries).toEqual(sqlite.entries);
    expect(postgres.vectors()).toEqual(sqlite.vectors());
  });

  for (const mode of MODES) {
    it(`finds the same papers in the same order, ${mode}`, async () => {
      for (const query of QUERIES) {
        const onSqlite = await searchPapers(sqlite, query, { mode, topK: 10 });
        const onPostgres = await searchPapers(postgres, query, { mode, topK: 10 });
        expect(onPostgres.map((hit) => hit.paper.id), `${mode}: ${query}`).toEqual(onSqlite.map((hit) => hit.paper.id));
        expect(onPostgres.length, `${mode}: ${query}`).toBeGreaterThan(0);
      }
    });
  }

  it('scores lexical hits with the same BM25 as FTS5', async () => {
    const onSqlite = await sqlite.lexicalIndex().search('kv cache compression', 10);
    const onPostgres = await postgres.lexicalIndex().search('kv cache compression', 10);
    expect(onPostgres.length).toBe(10);
    onPostgres.forEach((hit, rank) => expect(hit.bm25).toBeCloseTo(onSqlite[rank]!.bm25, 2));
  });

  it('leaves out excluded papers in both lists', async () => {
    const first = (await searchPapers(postgres, 'kv cache compression', { mode: 'hybrid', topK: 3 }))[0]!.paper.id;
    const excluded = await searchPapers(postgres, 'kv cache compression', { mode: 'hybrid', topK: 10, excludeIds: new Set([first]) });
    expect(excluded.map((hit) => hit.paper.id)).not.toContain(first);
    expect(excluded.map((hit) => hit.paper.id)).toEqual((await searchPapers(sqlite, 'kv cache compression', { mode: 'hybrid', topK: 10, excludeIds: new Set([first]) })).map((hit) => hit.paper.id));
  });

  it('fills the top ten when most papers are excluded (a date range)', async () => {
    const excludeIds = new Set(sqlite.papers.slice(12).map((paper) => paper.id));
    const onSqlite = await searchPapers(sqlite, 'language models', { mode: 'dense', topK: 10, excludeIds });
    const onPostgres = await searchPapers(postgres, 'language models', { mode: 'dense', topK: 10, excludeIds });
    expect(onPostgres).toHaveLength(10);
    expect(onPostgres.map((hit) => hit.paper.id)).toEqual(onSqlite.map((hit) => hit.paper.id));
  });

  // The one lexical difference: FTS5 reads a query word with an apostrophe ("user's") as a phrase
  // of two tokens, PostgreSQL as two words; papers whose text holds one are left out here.
  it('finds the same papers similar to a paper', async () => {
    const papers = sqlite.papers.filter((paper) => !/\w'\w/.test(`${paper.title} ${paper.abstract}`)).slice(0, 20);
    expect(papers.length).toBe(20);
    for (const paper of papers) {
      const query = { text: `${paper.title}. ${paper.abstract}`, vector: sqlite.vectorOf(paper.id) };
      const options = { mode: 'hybrid' as const, topK: 5, excludeIds: new Set([paper.id]) };
      const onSqlite = await findSimilar(sqlite, query, options);
      const onPostgres = await findSimilar(postgres, { ...query, vector: postgres.vectorOf(paper.id) }, options);
      expect(onPostgres.map((hit) => hit.paper.id), paper.title).toEqual(onSqlite.map((hit) => hit.paper.id));
    }
  });

  it('finds the same themes', async () => {
    const onSqlite = await loadThemes(sqlite, { k: 6 });
    const onPostgres = await loadThemes(postgres, { k: 6 });
    expect(onPostgres.result.assignments).toEqual(onSqlite.result.assignments);
    expect(new Set(Object.values(onPostgres.result.assignments)).size).toBe(6);
  });

  it('finds the same duplicate groups', async () => {
    const groupsOf = (index: OpenIndex) => findDuplicates({ papers: index.papers, entries: index.entries, vectors: index.vectors(), vectorIndex: index.vectorIndex() });
    const onSqlite = await groupsOf(sqlite);
    const onPostgres = await groupsOf(postgres);
    expect(onSqlite.length).toBeGreaterThan(0);
    expect(onPostgres).toEqual(onSqlite);
  });

  it('keeps cached values in the database for the next reader', async () => {
    const first = await loadThemes(postgres, { k: 5 });
    await postgres.close();
    postgres = await openPostgresLibrary(database.url);
    expect(await loadThemes(postgres, { k: 5 })).toEqual({ result: first.result, cached: true });
  });
});
