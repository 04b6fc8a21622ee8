// Tags live in the library, keyed by paper id: they outlive re-indexing, a rebuild, compaction and
// a source removed and added again, and a tag on one posting of a paper shows on its re-posts.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildIndex, openIndexAt, openLibrary } from '../../src/cli/context.js';
import { PapersError } from '../../src/errors.js';
import { loadDuplicateGroups } from '../../src/dedup/load-duplicates.js';
import { compactLibrary, removeSources } from '../../src/pipeline/remove-sources.js';
import { readLibraryTags, listPostings } from '../../src/tags/library-tags.js';
import { parseTagName } from '../../src/tags/tag-name.js';
import { FAKE_MODEL, FakeEmbedder } from '../helpers/fake-embedder.js';
import { ROOT, SAMPLE_DIGESTS, scratchDir } from '../helpers/paths.js';

const loadEmbedder = async () => new FakeEmbedder();
const REVISED_DIGEST = path.join(ROOT, 'test', 'fixtures', 'revised-digest.txt');
const DUO = 'DuoAttention: Efficient Long-Context LLM Inference with Retrieval and Streaming Heads';

function open(indexDir: string) {
  return openIndexAt({ indexDir, model: FAKE_MODEL, loadEmbedder });
}

async function tagsIn(indexDir: string) {
  const index = open(indexDir);
  try {
    const tags = readLibraryTags(index, await loadDuplicateGroups(index));
    return { counts: tags.counts(), titles: tags.listTagged('long-context').map((paper) => paper.title) };
  } finally {
    await index.close();
  }
}

describe('library tags', () => {
  it('keep a tag through a rebuild, an add, a removal and re-add of its source, and compaction', async () => {
    const indexDir = scratchDir('tags-survive');
    await buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: FAKE_MODEL, loadEmbedder });
    const index = open(indexDir);
    const duo = index.papers.find((paper) => paper.title === DUO)!;
    expect(index.addTag(duo.id, 'long-context')).toBe(true);
    expect(index.addTag(duo.id, 'long-context')).toBe(false);
    await index.close();
    const expected = { counts: [{ tag: 'long-context', papers: 1 }], titles: [DUO] };

    await buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: FAKE_MODEL, loadEmbedder, rebuild: true });
    expect(await tagsIn(indexDir)).toEqual(expected);

    const context = openLibrary({ indexDir, model: FAKE_MODEL, loadEmbedder });
    const sources = context.store.sources().map((source) => source.path);
    try {
      await removeSources(context, sources);
    } finally {
      context.store.close();
    }
    expect((await tagsIn(indexDir)).counts).toEqual([]);

    await buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: FAKE_MODEL, loadEmbedder });
    const compacting = openLibrary({ indexDir, model: FAKE_MODEL, loadEmbedder });
    try {
      await compactLibrary(compacting);
    } finally {
      compacting.store.close();
    }
    expect(await tagsIn(indexDir)).toEqual(expected);
  });

  it('shows a tag on a paper that joined a duplicate group after it was tagged, and untags every posting', async () => {
    const indexDir = scratchDir('tags-groups');
    await buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: FAKE_MODEL, loadEmbedder });
    let index = open(indexDir);
    const duo = index.papers.find((paper) => paper.title === DUO)!;
    index.addTag(duo.id, 'long-context');
    await index.close();

    await buildIndex({ indexDir, inputs: [REVISED_DIGEST], model: FAKE_MODEL, loadEmbedder });
    index = open(indexDir);
    try {
      const groups = await loadDuplicateGroups(index);
      const revised = index.papers.find((paper) => paper.title.startsWith('DuoAttention — efficient'))!;
      expect(revised).toBeDefined();
      const tags = readLibraryTags(index, groups);
      expect(tags.tagsOf(revised.id)).toEqual(['long-context']);
      expect(tags.counts()).toEqual([{ tag: 'long-context', papers: 1 }]);
      expect(tags.papersTagged('long-context')).toEqual(new Set([duo.id, revised.id]));

      // Untagging the posting that never carried the tag takes it off the paper.
      expect(index.removeTag(listPostings(revised.id, groups), 'long-context')).toBe(1);
      expect(readLibraryTags(index, groups).tagsOf(duo.id)).toEqual([]);
    } finally {
      await index.close();
    }
  });
});

describe('tags in a library made before tags existed', () => {
  it('reads none, and the first tag creates the table', async () => {
    const indexDir = scratchDir('tags-old-library');
    await buildIndex({ indexDir, inputs: [SAMPLE_DIGESTS], model: FAKE_MODEL, loadEmbedder });
    const db = new Database(path.join(indexDir, 'papers.db'));
    db.exec('DROP TABLE tags');
    db.close();
    const index = open(indexDir);
    try {
      expect(index.allTags()).toEqual([]);
      expect(index.addTag(index.papers[0]!.id, 'first')).toBe(true);
      expect(index.allTags()).toEqual([{ paperId: index.papers[0]!.id, tag: 'first' }]);
    } finally {
      await index.close();
    }
  });
});

describe('parseTagName', () => {
  it('keeps one word in lower case', () => {
    expect(parseTagName(' Long-Context ')).toBe('long-context');
    expect(parseTagName('rl/agents')).toBe('rl/agents');
    expect(parseTagName('résumé2')).toBe('résumé2');
  });

  it.each([
    ['', /the tag is empty/],
    ['two words', /the tag "two words" is not one word/],
    ['-leading', /is not one word/],
    ['x'.repeat(41), /is 41 characters; the limit is 40/],
    ['semi;colon', /is not one word/],
  ])('refuses %j as a usage error', (value, message) => {
    let thrown: unknown = null;
    try {
      parseTagName(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PapersError);
    expect((thrown as PapersError).message).toMatch(message);
    expect((thrown as PapersError).exitCode).toBe(2);
  });
});
